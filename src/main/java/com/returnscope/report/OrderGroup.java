package com.returnscope.report;

import org.jspecify.annotations.Nullable;

/** The period's order lines and units of one sku, product, buyer and carrier. */
record OrderGroup(String sku, @Nullable String productName, @Nullable String productCategory, String buyer,
		@Nullable String country, @Nullable String carrier, long lines, long units) {
}

package com.returnscope.report;

import org.jspecify.annotations.Nullable;

/** Order lines and units of one sku, product, buyer and carrier: one line, as read. */
record OrderGroup(String sku, @Nullable String productName, @Nullable String productCategory, String buyer,
		@Nullable String country, @Nullable String carrier, long lines, long units) {
}

package com.returnscope.report;

import org.jspecify.annotations.Nullable;

/** One order line of the period, with what the report adds it up by, and its units. */
record OrderedLine(String sku, @Nullable String productName, @Nullable String productCategory, String buyer,
		@Nullable String country, @Nullable String carrier, long units) {
}

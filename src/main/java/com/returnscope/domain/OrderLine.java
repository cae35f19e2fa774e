package com.returnscope.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One accepted row of orders.csv. {@code line} is the physical line where the record
 * starts in its file (the header is line 1). {@code buyerName} is null only when the
 * export's layout has none (Amazon's order reports).
 */
public record OrderLine(long line, String orderId, LocalDate orderDate, @Nullable String buyerName,
		@Nullable String buyerCountry, String sku, @Nullable String productName, @Nullable String productCategory,
		int quantity, BigDecimal unitPrice, String currency, @Nullable LocalDate shippedDate,
		@Nullable LocalDate deliveredDate, @Nullable String carrier, @Nullable String trackingNumber,
		@Nullable Incoterm incoterm) {
}

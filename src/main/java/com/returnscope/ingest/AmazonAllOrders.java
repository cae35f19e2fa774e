package com.returnscope.ingest;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import com.returnscope.domain.OrderLine;
import com.returnscope.job.RunParameters.Role;

/**
 * Amazon's "All Orders" report (Seller Central, Order Reports; in the Selling Partner API
 * GET_FLAT_FILE_ALL_ORDERS_DATA_BY_ORDER_DATE_GENERAL): tab-separated, one row per order
 * item. It names no buyer, no delivery, carrier or tracking, and gives the price of the
 * line, not of a unit. docs/layouts.md gives the mapping.
 */
final class AmazonAllOrders {

	static final List<String> COLUMNS = List.of("amazon-order-id", "merchant-order-id", "purchase-date",
			"last-updated-date", "order-status", "fulfillment-channel", "sales-channel", "order-channel",
			"ship-service-level", "product-name", "sku", "asin", "item-status", "quantity", "currency", "item-price",
			"item-tax", "shipping-price", "shipping-tax", "gift-wrap-price", "gift-wrap-tax", "item-promotion-discount",
			"ship-promotion-discount", "ship-city", "ship-state", "ship-postal-code", "ship-country", "promotion-ids",
			"is-business-order", "purchase-order-number", "price-designation");

	static final List<String> REQUIRED = List.of("amazon-order-id", "purchase-date", "sku", "quantity", "currency",
			"item-price");

	static final Layout<OrderLine> LAYOUT = Layout.of("amazon-all-orders", Role.ORDERS, "amazon-order-id", COLUMNS,
			REQUIRED, AmazonAllOrders::map);

	private AmazonAllOrders() {
	}

	static OrderLine map(CsvRow row) {
		if ("cancelled".equalsIgnoreCase(row.text("item-status"))) {
			// Amazon keeps a cancelled item as a line of quantity 0: nothing to return
			throw row.reject("item-status", "the item was cancelled (item-status Cancelled)");
		}
		int quantity = row.positiveInteger("quantity");
		if (row.text("item-price") == null) {
			throw row.reject("item-price",
					"item-price is blank (Amazon leaves it blank while an order is Pending): no unit price");
		}
		return new OrderLine(row.line(), row.required("amazon-order-id"), row.requiredDate("purchase-date"), null,
				row.country("ship-country"), row.required("sku"), row.longText("product-name", 4000), null, quantity,
				unitPrice(row.requiredAmount("item-price"), quantity), row.requiredCurrency("currency"), null, null,
				null, null, null);
	}

	/**
	 * item-price is the price of the line's units together; the unit price is its share,
	 * with the price's decimals, or up to the 4 the history keeps (half-even when the
	 * division does not end: 10.00 for 3 units is 3.3333).
	 */
	static BigDecimal unitPrice(BigDecimal linePrice, int quantity) {
		BigDecimal unit = linePrice.divide(BigDecimal.valueOf(quantity), CsvRow.MAX_SCALE, RoundingMode.HALF_EVEN);
		return unit.setScale(Math.max(linePrice.scale(), unit.stripTrailingZeros().scale()), RoundingMode.UNNECESSARY);
	}

}

package com.returnscope.ingest;

import java.util.List;

import com.returnscope.domain.OrderLine;
import com.returnscope.job.RunParameters.Role;
import org.jspecify.annotations.Nullable;

/**
 * Shopify's orders export (Orders, Export, CSV): one row per line item; the order's own
 * values (dates, currency, buyer, addresses) are written on its first row only, and
 * carried down here to its other rows. It has no delivery date, carrier or tracking
 * number. docs/layouts.md gives the mapping.
 */
final class ShopifyOrders {

	static final List<String> COLUMNS = List.of("Name", "Email", "Financial Status", "Paid at", "Fulfillment Status",
			"Fulfilled at", "Accepts Marketing", "Currency", "Subtotal", "Shipping", "Taxes", "Total", "Discount Code",
			"Discount Amount", "Shipping Method", "Created at", "Lineitem quantity", "Lineitem name", "Lineitem price",
			"Lineitem compare at price", "Lineitem sku", "Lineitem requires shipping", "Lineitem taxable",
			"Lineitem fulfillment status", "Billing Name", "Billing Street", "Billing Address1", "Billing Address2",
			"Billing Company", "Billing City", "Billing Zip", "Billing Province", "Billing Country", "Billing Phone",
			"Shipping Name", "Shipping Street", "Shipping Address1", "Shipping Address2", "Shipping Company",
			"Shipping City", "Shipping Zip", "Shipping Province", "Shipping Country", "Shipping Phone", "Notes",
			"Note Attributes", "Cancelled at", "Payment Method", "Payment Reference", "Refunded Amount", "Vendor",
			"Outstanding Balance", "Employee", "Location", "Device ID", "Id", "Tags", "Risk Level", "Source",
			"Lineitem discount");

	static final List<String> REQUIRED = List.of("Name", "Created at", "Currency", "Lineitem quantity",
			"Lineitem price", "Lineitem sku");

	/**
	 * The order-level columns read here, which the export leaves blank after an order's
	 * first row.
	 */
	private static final List<String> ORDER_LEVEL = List.of("Created at", "Currency", "Fulfilled at", "Billing Name",
			"Shipping Name", "Billing Country", "Shipping Country");

	static final Layout<OrderLine> LAYOUT = Layout
		.of("shopify-orders", Role.ORDERS, "Name", COLUMNS, REQUIRED, ShopifyOrders::map)
		.orderLevel("Name", ORDER_LEVEL);

	private ShopifyOrders() {
	}

	static OrderLine map(CsvRow row) {
		return new OrderLine(row.line(), row.required("Name"), row.requiredDate("Created at"), buyer(row),
				either(row.country("Billing Country"), row.country("Shipping Country")), row.required("Lineitem sku"),
				row.longText("Lineitem name", 4000), null, row.positiveInteger("Lineitem quantity"),
				row.requiredAmount("Lineitem price"), row.requiredCurrency("Currency"), row.date("Fulfilled at"), null,
				null, null, null);
	}

	/** The customer billed; a shipping name where the order has no billing address. */
	private static @Nullable String buyer(CsvRow row) {
		return either(row.text("Billing Name"), row.text("Shipping Name"));
	}

	private static @Nullable String either(@Nullable String first, @Nullable String second) {
		return (first != null) ? first : second;
	}

}

package com.returnscope.ingest;

import java.util.EnumSet;
import java.util.List;

import com.returnscope.domain.Incoterm;
import com.returnscope.domain.OrderLine;
import com.returnscope.job.RunParameters.Role;

/** orders.csv: its columns and row rules, as the data contract gives them. */
public final class OrdersFile {

	public static final List<String> COLUMNS = List.of("order_id", "order_date", "buyer_name", "buyer_country", "sku",
			"product_name", "product_category", "quantity", "unit_price", "currency", "shipped_date", "delivered_date",
			"carrier", "tracking_number", "incoterm");

	public static final List<String> REQUIRED = List.of("order_id", "order_date", "buyer_name", "sku", "quantity",
			"unit_price", "currency");

	/** The contract's own layout of orders. */
	public static final Layout<OrderLine> LAYOUT = Layout.of(Layout.CANONICAL, Role.ORDERS, "order_id", COLUMNS,
			REQUIRED, OrdersFile::map);

	private OrdersFile() {
	}

	public static OrderLine map(CsvRow row) {
		return new OrderLine(row.line(), row.required("order_id"), row.requiredDate("order_date"),
				row.required("buyer_name"), row.country("buyer_country"), row.required("sku"),
				row.longText("product_name", 4000), row.text("product_category"), row.positiveInteger("quantity"),
				row.requiredAmount("unit_price"), row.requiredCurrency("currency"), row.date("shipped_date"),
				row.date("delivered_date"), row.text("carrier"), row.text("tracking_number"),
				row.choice("incoterm", EnumSet.allOf(Incoterm.class)));
	}

}

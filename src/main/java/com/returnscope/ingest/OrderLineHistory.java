package com.returnscope.ingest;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.returnscope.domain.Incoterm;
import com.returnscope.domain.OrderLine;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/**
 * Every order line the history holds, by (order_id, sku). A chunk of tonight's lines is
 * looked up with one query and written with one batch of inserts and one of updates.
 */
@Repository
public class OrderLineHistory implements KeyedHistory<OrderLine> {

	static final String CONTENT = "order_date, buyer_name, buyer_country, product_name, product_category, quantity, "
			+ "unit_price, currency, shipped_date, delivered_date, carrier, tracking_number, incoterm";

	private static final String INSERT = "INSERT INTO rs_order_line (order_id, sku, " + CONTENT
			+ ", row_hash, first_run, first_seen, last_run, last_line, last_seen, source_run, source_date, "
			+ "source_line) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

	private static final String REPLACE = "UPDATE rs_order_line SET order_date = ?, buyer_name = ?, "
			+ "buyer_country = ?, product_name = ?, product_category = ?, quantity = ?, unit_price = ?, currency = ?, "
			+ "shipped_date = ?, delivered_date = ?, carrier = ?, tracking_number = ?, incoterm = ?, row_hash = ?, "
			+ "source_run = ?, source_date = ?, source_line = ?, last_run = ?, last_line = ?, "
			+ "last_seen = GREATEST(last_seen, ?) WHERE order_id = ? AND sku = ?";

	private final JdbcTemplate jdbc;

	private final SeenAgain<OrderLine> seenAgain = new SeenAgain<>("rs_order_line", List.of("order_id", "sku"), this);

	public OrderLineHistory(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The select list of rs_order_line's content under {@code alias}, each column renamed
	 * with {@code prefix}; the line is where the content comes from in its run's file.
	 */
	public static String lineColumns(String alias, String prefix) {
		return Stream.concat(Stream.of("order_id", "sku", "source_line"), Arrays.stream(CONTENT.split(", ")))
			.map((column) -> alias + "." + column + " AS " + prefix + column)
			.collect(Collectors.joining(", "));
	}

	/**
	 * Maps a row selected with {@link #lineColumns} and the same prefix; null when the
	 * row has no order line (an outer join that found none).
	 */
	public static RowMapper<@Nullable OrderLine> lineRow(String prefix) {
		return (rs, row) -> (rs.getString(prefix + "order_id") == null) ? null
				: new OrderLine(rs.getLong(prefix + "source_line"), rs.getString(prefix + "order_id"),
						rs.getDate(prefix + "order_date").toLocalDate(), rs.getString(prefix + "buyer_name"),
						Sql.trim(rs.getString(prefix + "buyer_country")), rs.getString(prefix + "sku"),
						rs.getString(prefix + "product_name"), rs.getString(prefix + "product_category"),
						rs.getInt(prefix + "quantity"), rs.getBigDecimal(prefix + "unit_price"),
						Sql.trim(rs.getString(prefix + "currency")), Sql.localDate(rs, prefix + "shipped_date"),
						Sql.localDate(rs, prefix + "delivered_date"), rs.getString(prefix + "carrier"),
						rs.getString(prefix + "tracking_number"), Sql.choice(rs, prefix + "incoterm", Incoterm.class));
	}

	@Override
	public List<String> key(OrderLine line) {
		return List.of(line.orderId(), line.sku());
	}

	@Override
	public long line(OrderLine line) {
		return line.line();
	}

	@Override
	public long hash(OrderLine o) {
		return RowHash.of(o.orderId(), o.sku(), o.orderDate(), o.buyerName(), o.buyerCountry(), o.productName(),
				o.productCategory(), o.quantity(), o.unitPrice(), o.currency(), o.shippedDate(), o.deliveredDate(),
				o.carrier(), o.trackingNumber(), o.incoterm());
	}

	@Override
	public Map<List<String>, StoredRow> find(Collection<List<String>> keys) {
		Map<List<String>, StoredRow> found = new HashMap<>();
		Set<List<String>> wanted = Set.copyOf(keys);
		Sql.inLists(keys.stream().map((key) -> key.get(0)).toList(),
				(in, orderIds) -> this.jdbc.query("SELECT order_id, sku, row_hash, last_run, last_line, source_date "
						+ "FROM rs_order_line WHERE order_id IN (" + in + ")", (rs) -> {
							List<String> key = List.of(rs.getString(1), rs.getString(2));
							if (wanted.contains(key)) {
								found.put(key, new StoredRow(rs.getLong(3), rs.getLong(4), rs.getLong(5),
										rs.getDate(6).toLocalDate()));
							}
						}, orderIds));
		return found;
	}

	@Override
	public void write(long runId, LocalDate runDate, List<? extends IncomingRow<OrderLine>> rows) {
		Date seen = Date.valueOf(runDate);
		Changes<OrderLine> changes = Changes.of(rows, runDate);
		this.jdbc.batchUpdate(INSERT, changes.inserts(), changes.inserts().size(), (ps, row) -> {
			OrderLine o = row.value();
			Sql.set(ps, o.orderId(), o.sku(), Date.valueOf(o.orderDate()), o.buyerName(), o.buyerCountry(),
					o.productName(), o.productCategory(), o.quantity(), o.unitPrice(), o.currency(),
					Sql.date(o.shippedDate()), Sql.date(o.deliveredDate()), o.carrier(), o.trackingNumber(),
					Sql.name(o.incoterm()), row.rowHash(), runId, seen, runId, o.line(), seen, runId, seen, o.line());
		});
		this.jdbc.batchUpdate(REPLACE, changes.replaces(), changes.replaces().size(), (ps, row) -> {
			OrderLine o = row.value();
			Sql.set(ps, Date.valueOf(o.orderDate()), o.buyerName(), o.buyerCountry(), o.productName(),
					o.productCategory(), o.quantity(), o.unitPrice(), o.currency(), Sql.date(o.shippedDate()),
					Sql.date(o.deliveredDate()), o.carrier(), o.trackingNumber(), Sql.name(o.incoterm()), row.rowHash(),
					runId, seen, o.line(), runId, o.line(), seen, o.orderId(), o.sku());
		});
		this.seenAgain.write(this.jdbc, runId, seen, changes.seenAgain());
	}

}

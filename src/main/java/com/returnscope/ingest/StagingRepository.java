package com.returnscope.ingest;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import com.returnscope.domain.Evidence;
import com.returnscope.domain.Incoterm;
import com.returnscope.domain.InspectionResult;
import com.returnscope.domain.MediationDecision;
import com.returnscope.domain.OrderLine;
import com.returnscope.domain.Outcome;
import com.returnscope.domain.Payer;
import com.returnscope.domain.Reject;
import com.returnscope.domain.ReturnRequest;
import com.returnscope.domain.ReturnStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/**
 * The staging tables of the accepted and rejected input rows, by job instance. Writes
 * happen inside the chunk transaction of the step that read the rows.
 */
@Repository
public class StagingRepository {

	private static final String INSERT_ORDER_LINE = """
			INSERT INTO rs_order_line (instance_id, line_no, order_id, order_date, buyer_name, buyer_country, sku,
			product_name, product_category, quantity, unit_price, currency, shipped_date, delivered_date, carrier,
			tracking_number, incoterm) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

	private static final String INSERT_RETURN = """
			INSERT INTO rs_return_request (instance_id, line_no, return_id, order_id, buyer_name, sku, quantity,
			requested_date, reason_code, reason_text, refund_amount, currency, return_freight_cost, freight_paid_by,
			inspection_result, status, outcome, mediation_decision, evidence, closed_date)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

	/** The columns of rs_return_request. */
	private static final List<String> RETURN_COLUMNS = List.of("line_no", "return_id", "order_id", "buyer_name", "sku",
			"quantity", "requested_date", "reason_code", "reason_text", "refund_amount", "currency",
			"return_freight_cost", "freight_paid_by", "inspection_result", "status", "outcome", "mediation_decision",
			"evidence", "closed_date");

	/**
	 * The select list of rs_return_request's columns under {@code alias}, each renamed
	 * with {@code prefix} so that a join cannot confuse them with another table's.
	 */
	public static String returnColumns(String alias, String prefix) {
		return String.join(", ",
				RETURN_COLUMNS.stream().map((column) -> alias + "." + column + " AS " + prefix + column).toList());
	}

	/**
	 * Maps a row of rs_return_request selected with {@link #returnColumns} and the same
	 * prefix.
	 */
	public static RowMapper<ReturnRequest> returnRow(String prefix) {
		return (rs, row) -> new ReturnRequest(rs.getLong(prefix + "line_no"), rs.getString(prefix + "return_id"),
				rs.getString(prefix + "order_id"), rs.getString(prefix + "buyer_name"), rs.getString(prefix + "sku"),
				rs.getInt(prefix + "quantity"), date(rs, prefix + "requested_date"),
				rs.getString(prefix + "reason_code"), rs.getString(prefix + "reason_text"),
				rs.getBigDecimal(prefix + "refund_amount"), trim(rs.getString(prefix + "currency")),
				rs.getBigDecimal(prefix + "return_freight_cost"), choice(rs, prefix + "freight_paid_by", Payer.class),
				choice(rs, prefix + "inspection_result", InspectionResult.class),
				choice(rs, prefix + "status", ReturnStatus.class), choice(rs, prefix + "outcome", Outcome.class),
				choice(rs, prefix + "mediation_decision", MediationDecision.class),
				evidence(rs.getString(prefix + "evidence")), date(rs, prefix + "closed_date"));
	}

	private static final RowMapper<OrderLine> ORDER_LINE = (rs, row) -> new OrderLine(rs.getLong("line_no"),
			rs.getString("order_id"), date(rs, "order_date"), rs.getString("buyer_name"),
			trim(rs.getString("buyer_country")), rs.getString("sku"), rs.getString("product_name"),
			rs.getString("product_category"), rs.getInt("quantity"), rs.getBigDecimal("unit_price"),
			trim(rs.getString("currency")), date(rs, "shipped_date"), date(rs, "delivered_date"),
			rs.getString("carrier"), rs.getString("tracking_number"), choice(rs, "incoterm", Incoterm.class));

	private final JdbcTemplate jdbc;

	public StagingRepository(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public void insertOrderLines(long instance, List<OrderLine> lines) {
		this.jdbc.batchUpdate(INSERT_ORDER_LINE, lines, lines.size(), (ps, o) -> {
			Object[] values = { instance, o.line(), o.orderId(), Date.valueOf(o.orderDate()), o.buyerName(),
					o.buyerCountry(), o.sku(), o.productName(), o.productCategory(), o.quantity(), o.unitPrice(),
					o.currency(), sqlDate(o.shippedDate()), sqlDate(o.deliveredDate()), o.carrier(), o.trackingNumber(),
					name(o.incoterm()) };
			for (int i = 0; i < values.length; i++) {
				ps.setObject(i + 1, values[i]);
			}
		});
	}

	public void insertReturns(long instance, List<ReturnRequest> requests) {
		this.jdbc.batchUpdate(INSERT_RETURN, requests, requests.size(), (ps, r) -> {
			Object[] values = { instance, r.line(), r.returnId(), r.orderId(), r.buyerName(), r.sku(), r.quantity(),
					Date.valueOf(r.requestedDate()), r.reasonCode(), r.reasonText(), r.refundAmount(), r.currency(),
					r.returnFreightCost(), name(r.freightPaidBy()), name(r.inspectionResult()), name(r.status()),
					name(r.outcome()), name(r.mediationDecision()), evidence(r.evidence()), sqlDate(r.closedDate()) };
			for (int i = 0; i < values.length; i++) {
				ps.setObject(i + 1, values[i]);
			}
		});
	}

	public void insertReject(long instance, Reject reject) {
		this.jdbc.update(
				"INSERT INTO rs_reject (instance_id, file_name, line_no, column_name, error, raw_record) "
						+ "VALUES (?, ?, ?, ?, ?, ?)",
				instance, reject.file(), reject.line(), reject.column(), reject.error(), reject.rawRecord());
	}

	/** The line of the accepted order line with this key, if any. */
	public @Nullable Long orderLineAt(long instance, String orderId, String sku) {
		return first(this.jdbc.queryForList(
				"SELECT line_no FROM rs_order_line WHERE instance_id = ? " + "AND order_id = ? AND sku = ?", Long.class,
				instance, orderId, sku));
	}

	/** The line of the accepted return with this id, if any. */
	public @Nullable Long returnAt(long instance, String returnId) {
		return first(
				this.jdbc.queryForList("SELECT line_no FROM rs_return_request WHERE instance_id = ? AND return_id = ?",
						Long.class, instance, returnId));
	}

	/** Every line of one order, in file order. */
	public List<OrderLine> orderLines(long instance, String orderId) {
		return this.jdbc.query("SELECT * FROM rs_order_line WHERE instance_id = ? AND order_id = ? ORDER BY line_no",
				ORDER_LINE, instance, orderId);
	}

	public long countOrderLines(long instance) {
		return count("SELECT COUNT(*) FROM rs_order_line WHERE instance_id = ?", instance);
	}

	public long countReturns(long instance) {
		return count("SELECT COUNT(*) FROM rs_return_request WHERE instance_id = ?", instance);
	}

	/** Rejected rows by file name. */
	public Map<String, Long> countRejects(long instance) {
		return this.jdbc
			.queryForList("SELECT file_name, COUNT(*) AS n FROM rs_reject WHERE instance_id = ? GROUP BY file_name",
					instance)
			.stream()
			.collect(Collectors.toMap((row) -> (String) row.get("file_name"),
					(row) -> ((Number) row.get("n")).longValue()));
	}

	/** Streams the rejects in file and line order, one at a time. */
	public void forEachReject(long instance, Consumer<Reject> action) {
		this.jdbc.query("SELECT * FROM rs_reject WHERE instance_id = ? ORDER BY file_name, line_no", (ResultSet rs) -> {
			action.accept(new Reject(rs.getString("file_name"), rs.getLong("line_no"), rs.getString("column_name"),
					rs.getString("error"), rs.getString("raw_record")));
		}, instance);
	}

	/**
	 * Drops the staged input rows of a published run: they can be read again from the
	 * inputs, whose hashes the manifest keeps; rejects and decisions stay as history.
	 */
	public void deleteStagedRows(long instance) {
		this.jdbc.update("DELETE FROM rs_order_line WHERE instance_id = ?", instance);
		this.jdbc.update("DELETE FROM rs_return_request WHERE instance_id = ?", instance);
	}

	private long count(String sql, long instance) {
		Long count = this.jdbc.queryForObject(sql, Long.class, instance);
		return (count != null) ? count : 0;
	}

	private static @Nullable Long first(List<Long> lines) {
		return lines.isEmpty() ? null : lines.get(0);
	}

	private static @Nullable Date sqlDate(@Nullable LocalDate date) {
		return (date != null) ? Date.valueOf(date) : null;
	}

	private static @Nullable String name(@Nullable Enum<?> value) {
		return (value != null) ? value.name() : null;
	}

	private static String evidence(Set<Evidence> evidence) {
		return evidence.stream().sorted().map(Enum::name).collect(Collectors.joining(";"));
	}

	private static Set<Evidence> evidence(@Nullable String text) {
		Set<Evidence> evidence = EnumSet.noneOf(Evidence.class);
		if (text != null && !text.isEmpty()) {
			Arrays.stream(text.split(";")).map(Evidence::valueOf).forEach(evidence::add);
		}
		return evidence;
	}

	private static @Nullable LocalDate date(ResultSet rs, String column) throws SQLException {
		Date date = rs.getDate(column);
		return (date != null) ? date.toLocalDate() : null;
	}

	private static @Nullable String trim(@Nullable String text) {
		return (text != null) ? text.trim() : null;
	}

	private static <E extends Enum<E>> @Nullable E choice(ResultSet rs, String column, Class<E> type)
			throws SQLException {
		String value = rs.getString(column);
		return (value != null) ? Enum.valueOf(type, value) : null;
	}

}

package com.returnscope.ingest;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.returnscope.domain.Evidence;
import com.returnscope.domain.InspectionResult;
import com.returnscope.domain.MediationDecision;
import com.returnscope.domain.NotInExport;
import com.returnscope.domain.Outcome;
import com.returnscope.domain.Payer;
import com.returnscope.domain.ReturnRequest;
import com.returnscope.domain.ReturnStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/**
 * The returns: each run's returns as read (rs_return_request, what its decisions are made
 * on) and every return the history holds by return_id (rs_return, pointing at the run's
 * row that holds its current content). A chunk is looked up with one query and written
 * with one batch per table and kind of change.
 */
@Repository
public class ReturnHistory implements KeyedHistory<ReturnRequest> {

	/** The columns of rs_return_request after run_id. */
	private static final List<String> COLUMNS = List.of("line_no", "return_id", "order_id", "buyer_name", "sku",
			"quantity", "requested_date", "reason_code", "reason_text", "refund_amount", "currency",
			"return_freight_cost", "freight_paid_by", "inspection_result", "status", "outcome", "mediation_decision",
			"evidence", "closed_date", "not_in_export");

	private static final String INSERT_REQUEST = "INSERT INTO rs_return_request (run_id, " + String.join(", ", COLUMNS)
			+ ") VALUES (?, " + Sql.placeholders(COLUMNS.size()) + ")";

	private static final String INSERT = "INSERT INTO rs_return (return_id, row_hash, first_run, first_seen, "
			+ "last_run, last_line, last_seen, source_run, source_date, source_line) "
			+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

	private static final String REPLACE = "UPDATE rs_return SET row_hash = ?, source_run = ?, source_date = ?, "
			+ "source_line = ?, last_run = ?, last_line = ?, last_seen = GREATEST(last_seen, ?) WHERE return_id = ?";

	private final JdbcTemplate jdbc;

	private final SeenAgain<ReturnRequest> seenAgain = new SeenAgain<>("rs_return", List.of("return_id"), this);

	public ReturnHistory(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The select list of rs_return_request's columns under {@code alias}, each renamed
	 * with {@code prefix} so that a join cannot confuse them with another table's.
	 */
	public static String requestColumns(String alias, String prefix) {
		return COLUMNS.stream()
			.map((column) -> alias + "." + column + " AS " + prefix + column)
			.collect(Collectors.joining(", "));
	}

	/** Maps a row selected with {@link #requestColumns} and the same prefix. */
	public static RowMapper<ReturnRequest> requestRow(String prefix) {
		return (rs, row) -> new ReturnRequest(rs.getLong(prefix + "line_no"), rs.getString(prefix + "return_id"),
				rs.getString(prefix + "order_id"), rs.getString(prefix + "buyer_name"), rs.getString(prefix + "sku"),
				rs.getInt(prefix + "quantity"), Sql.localDate(rs, prefix + "requested_date"),
				rs.getString(prefix + "reason_code"), rs.getString(prefix + "reason_text"),
				rs.getBigDecimal(prefix + "refund_amount"), Sql.trim(rs.getString(prefix + "currency")),
				rs.getBigDecimal(prefix + "return_freight_cost"),
				Sql.choice(rs, prefix + "freight_paid_by", Payer.class),
				Sql.choice(rs, prefix + "inspection_result", InspectionResult.class),
				Sql.choice(rs, prefix + "status", ReturnStatus.class),
				Sql.choice(rs, prefix + "outcome", Outcome.class),
				Sql.choice(rs, prefix + "mediation_decision", MediationDecision.class),
				evidence(rs.getString(prefix + "evidence")), Sql.localDate(rs, prefix + "closed_date"),
				Sql.choices(rs.getString(prefix + "not_in_export"), NotInExport.class));
	}

	@Override
	public List<String> key(ReturnRequest request) {
		return List.of(request.returnId());
	}

	@Override
	public long line(ReturnRequest request) {
		return request.line();
	}

	@Override
	public long hash(ReturnRequest r) {
		if (!r.notInExport().isEmpty()) {
			// what the export lacks is part of the content; a canonical row hashes as it
			// always did
			return RowHash.of(r.returnId(), r.orderId(), r.buyerName(), r.sku(), r.quantity(), r.requestedDate(),
					r.reasonCode(), r.reasonText(), r.refundAmount(), r.currency(), r.returnFreightCost(),
					r.freightPaidBy(), r.inspectionResult(), r.status(), r.outcome(), r.mediationDecision(),
					evidence(r.evidence()), r.closedDate(), Sql.names(r.notInExport()));
		}
		return RowHash.of(r.returnId(), r.orderId(), r.buyerName(), r.sku(), r.quantity(), r.requestedDate(),
				r.reasonCode(), r.reasonText(), r.refundAmount(), r.currency(), r.returnFreightCost(),
				r.freightPaidBy(), r.inspectionResult(), r.status(), r.outcome(), r.mediationDecision(),
				evidence(r.evidence()), r.closedDate());
	}

	@Override
	public Map<List<String>, StoredRow> find(Collection<List<String>> keys) {
		Map<List<String>, StoredRow> found = new HashMap<>();
		Sql.inLists(keys.stream().map((key) -> key.get(0)).toList(),
				(in, ids) -> this.jdbc
					.query("SELECT return_id, row_hash, last_run, last_line, source_date FROM rs_return "
							+ "WHERE return_id IN (" + in + ")", (rs) -> {
								found.put(List.of(rs.getString(1)), new StoredRow(rs.getLong(2), rs.getLong(3),
										rs.getLong(4), rs.getDate(5).toLocalDate()));
							}, ids));
		return found;
	}

	@Override
	public void write(long runId, LocalDate runDate, List<? extends IncomingRow<ReturnRequest>> rows) {
		Date seen = Date.valueOf(runDate);
		this.jdbc.batchUpdate(INSERT_REQUEST, rows, rows.size(), (ps, row) -> {
			ReturnRequest r = row.value();
			Sql.set(ps, runId, r.line(), r.returnId(), r.orderId(), r.buyerName(), r.sku(), r.quantity(),
					Date.valueOf(r.requestedDate()), r.reasonCode(), r.reasonText(), r.refundAmount(), r.currency(),
					r.returnFreightCost(), Sql.name(r.freightPaidBy()), Sql.name(r.inspectionResult()),
					Sql.name(r.status()), Sql.name(r.outcome()), Sql.name(r.mediationDecision()),
					evidence(r.evidence()), Sql.date(r.closedDate()), Sql.names(r.notInExport()));
		});
		Changes<ReturnRequest> changes = Changes.of(rows, runDate);
		this.jdbc.batchUpdate(INSERT, changes.inserts(), changes.inserts().size(),
				(ps, row) -> Sql.set(ps, row.value().returnId(), row.rowHash(), runId, seen, runId, row.value().line(),
						seen, runId, seen, row.value().line()));
		this.jdbc.batchUpdate(REPLACE, changes.replaces(), changes.replaces().size(),
				(ps, row) -> Sql.set(ps, row.rowHash(), runId, seen, row.value().line(), runId, row.value().line(),
						seen, row.value().returnId()));
		this.seenAgain.write(this.jdbc, runId, seen, changes.seenAgain());
	}

	private static String evidence(Set<Evidence> evidence) {
		return Sql.names(evidence);
	}

	private static Set<Evidence> evidence(@Nullable String text) {
		return Sql.choices(text, Evidence.class);
	}

}

package com.returnscope.decision;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import javax.sql.DataSource;

import com.returnscope.domain.OrderLine;
import com.returnscope.domain.ReturnRequest;
import com.returnscope.ingest.OrderLineHistory;
import com.returnscope.ingest.ReturnHistory;
import org.jspecify.annotations.Nullable;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.batch.infrastructure.item.database.JdbcCursorItemReader;
import org.springframework.jdbc.core.RowMapper;

/**
 * Streams the run's returns in file order, each with every line the history holds of its
 * order: one join read through one cursor, never a query per return. The cursor's rows
 * come a return and one order line at a time; consecutive rows of one return are put
 * together here.
 * <p>
 * Restartable: the line of the last return handed out is kept in the step's execution
 * context (committed with the chunk that decided it), and a restart reads on from there.
 */
public class ReturnsWithOrdersReader implements ItemStreamReader<ReturnWithOrders> {

	private static final String DECIDED_THROUGH = "decisions.through.line";

	/** One row of the join. */
	private record Joined(ReturnRequest request, @Nullable OrderLine line, long sourceRun) {
	}

	/** An order's lines in the order they were first exported: by run, then by line. */
	private static final Comparator<Joined> EXPORT_ORDER = Comparator.comparingLong(Joined::sourceRun)
		.thenComparingLong((joined) -> joined.line().line());

	private final DataSource dataSource;

	private final long runId;

	private final int fetchSize;

	private @Nullable JdbcCursorItemReader<Joined> cursor;

	private @Nullable Joined next;

	private long decidedThrough;

	public ReturnsWithOrdersReader(DataSource dataSource, long runId, int fetchSize) {
		this.dataSource = dataSource;
		this.runId = runId;
		this.fetchSize = fetchSize;
	}

	@Override
	public void open(ExecutionContext executionContext) {
		this.decidedThrough = executionContext.getLong(DECIDED_THROUGH, 0L);
		RowMapper<ReturnRequest> request = ReturnHistory.requestRow("r_");
		RowMapper<@Nullable OrderLine> line = OrderLineHistory.lineRow("o_");
		JdbcCursorItemReader<Joined> reader = new JdbcCursorItemReader<>(this.dataSource,
				"SELECT " + ReturnHistory.requestColumns("r", "r_") + ", " + OrderLineHistory.lineColumns("o", "o_")
						+ ", o.source_run AS o_source_run"
						+ " FROM rs_return_request r LEFT JOIN rs_order_line o ON o.order_id = r.order_id"
						+ " WHERE r.run_id = ? AND r.line_no > ? ORDER BY r.run_id, r.line_no",
				(rs, row) -> new Joined(request.mapRow(rs, row), line.mapRow(rs, row), rs.getLong("o_source_run")));
		reader.setPreparedStatementSetter((ps) -> {
			ps.setLong(1, this.runId);
			ps.setLong(2, this.decidedThrough);
		});
		reader.setFetchSize(this.fetchSize);
		// PostgreSQL streams a result only outside auto-commit
		reader.setConnectionAutoCommit(false);
		reader.setVerifyCursorPosition(false);
		reader.setSaveState(false);
		reader.open(new ExecutionContext());
		this.cursor = reader;
		this.next = next(reader);
	}

	@Override
	public @Nullable ReturnWithOrders read() {
		if (this.next == null) {
			return null;
		}
		ReturnRequest request = this.next.request();
		List<Joined> lines = new ArrayList<>();
		while (this.next != null && this.next.request().line() == request.line()) {
			if (this.next.line() != null) {
				lines.add(this.next);
			}
			this.next = next(this.cursor);
		}
		// sorted here rather than in SQL, so that the database reads its index in order
		lines.sort(EXPORT_ORDER);
		this.decidedThrough = request.line();
		return new ReturnWithOrders(request, lines.stream().map(Joined::line).toList());
	}

	private static @Nullable Joined next(JdbcCursorItemReader<Joined> cursor) {
		try {
			return cursor.read();
		}
		catch (Exception ex) {
			throw new ItemStreamException("Cannot read the run's returns with their orders", ex);
		}
	}

	@Override
	public void update(ExecutionContext executionContext) {
		executionContext.putLong(DECIDED_THROUGH, this.decidedThrough);
	}

	@Override
	public void close() {
		if (this.cursor != null) {
			this.cursor.close();
			this.cursor = null;
		}
	}

}

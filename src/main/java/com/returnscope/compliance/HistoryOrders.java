package com.returnscope.compliance;

import com.returnscope.job.RunContext;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

/**
 * Keeps, when a run decides, the order lines its returns are decided against that its own
 * orders export does not carry: what the history held of them then. A return on last
 * month's order is decided against last month's line; with these lines beside its inputs
 * (history-orders.csv) the run can be recomputed from its folder alone. One set-based
 * statement, run again from scratch if the step is.
 */
@Component
public class HistoryOrders implements Tasklet {

	/** The content columns, as rs_order_line and rs_run_history_order both name them. */
	static final String CONTENT = "order_date, buyer_name, buyer_country, product_name, product_category, quantity, "
			+ "unit_price, currency, shipped_date, delivered_date, carrier, tracking_number, incoterm";

	private final JdbcTemplate jdbc;

	public HistoryOrders(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		long runId = RunContext.of(chunkContext).runId();
		this.jdbc.update("DELETE FROM rs_run_history_order WHERE run_id = ?", runId);
		// a line this run's export carried was last seen by this run. EXISTS, not IN: H2
		// 2.5 failed on an IN list of more rows than it keeps in memory (a night of
		// 150,000 returns)
		this.jdbc.update(
				"INSERT INTO rs_run_history_order (run_id, order_id, sku, " + CONTENT
						+ ", source_date, source_line) SELECT ?, o.order_id, o.sku, o." + CONTENT.replace(", ", ", o.")
						+ ", o.source_date, o.source_line FROM rs_order_line o WHERE o.last_run <> ? AND EXISTS "
						+ "(SELECT 1 FROM rs_return_request r WHERE r.order_id = o.order_id AND r.run_id = ?)",
				runId, runId, runId);
		return RepeatStatus.FINISHED;
	}

	/** Streams the run's history order lines by order id and sku. */
	void forEach(long runId, RowCallbackHandler action) {
		this.jdbc.query("SELECT * FROM rs_run_history_order WHERE run_id = ? ORDER BY run_id, order_id, sku", action,
				runId);
	}

}

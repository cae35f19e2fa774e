package com.returnscope.compliance;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.returnscope.domain.Money;
import com.returnscope.ingest.OrdersFile;
import com.returnscope.job.CsvOutput;
import com.returnscope.job.RunContext;
import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/**
 * Renders history-orders.csv: the order lines from earlier exports that the run's returns
 * were decided against ({@link HistoryOrders}), with orders.csv's columns (so the job can
 * read the file as an orders export) and where each line's content was read: the run date
 * of its export and its line there.
 */
@Component
public class HistoryOrdersFile implements Tasklet {

	public static final String NAME = "history-orders.csv";

	static final List<String> SOURCE = List.of("source_date", "source_line");

	static final String[] HEADER = Stream.concat(OrdersFile.COLUMNS.stream(), SOURCE.stream()).toArray(String[]::new);

	private final HistoryOrders orders;

	public HistoryOrdersFile(HistoryOrders orders) {
		this.orders = orders;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		RunContext run = RunContext.of(chunkContext);
		CsvOutput.write(run.outputs().file(NAME), HEADER,
				(csv) -> this.orders.forEach(run.runId(), (rs) -> csv.print(row(rs).toArray())));
		return RepeatStatus.FINISHED;
	}

	private static List<@Nullable Object> row(ResultSet rs) throws SQLException {
		String currency = rs.getString("currency").trim();
		List<@Nullable Object> row = new ArrayList<>();
		for (String column : HEADER) {
			row.add(switch (column) {
				case "unit_price" -> new CsvOutput.Computed(Money.plain(rs.getBigDecimal(column), currency));
				case "quantity", "source_line" -> rs.getLong(column);
				case "currency" -> currency;
				case "buyer_country" -> trimmed(rs.getString(column));
				case "order_date", "shipped_date", "delivered_date", "source_date" -> date(rs.getDate(column));
				default -> rs.getString(column);
			});
		}
		return row;
	}

	private static @Nullable String date(@Nullable Date date) {
		return (date != null) ? date.toLocalDate().toString() : null;
	}

	private static @Nullable String trimmed(@Nullable String text) {
		return (text != null) ? text.trim() : null;
	}

}

package com.returnscope.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.returnscope.domain.OrderLine;
import com.returnscope.domain.ReturnRequest;
import com.returnscope.ingest.CsvFileReader;
import com.returnscope.ingest.InputFile;
import com.returnscope.ingest.Layout;
import com.returnscope.ingest.OrdersFile;
import com.returnscope.ingest.RejectedRowException;
import com.returnscope.ingest.ReturnsFile;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * One generated night, written into a folder and read back with the job's own readers:
 * the rows they accept and the rows they reject.
 */
record Generated(List<OrderLine> orders, List<ReturnRequest> returns, List<RejectedRowException> rejects) {

	static final LocalDate RUN_DATE = LocalDate.of(2026, 11, 25);

	static Generated write(Path folder, long orderLines, double returnRate, long seed, int night) {
		try {
			Export.write(new Export.Settings(orderLines, returnRate, seed, folder, night, RUN_DATE));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		List<RejectedRowException> rejects = new ArrayList<>();
		// night K's export is dated K-1 days after the first night's run date
		LocalDate runDate = RUN_DATE.plusDays(night - 1);
		List<OrderLine> orders = read(folder.resolve("orders.csv"), OrdersFile.LAYOUT, runDate, rejects);
		List<ReturnRequest> returns = read(folder.resolve("returns.csv"), ReturnsFile.LAYOUT, runDate, rejects);
		return new Generated(orders, returns, rejects);
	}

	private static <T> List<T> read(Path file, Layout<T> layout, LocalDate runDate,
			List<RejectedRowException> rejects) {
		CsvFileReader<T> reader = new CsvFileReader<>("generated", new InputFile(file, StandardCharsets.UTF_8), layout,
				runDate, layout::map);
		List<T> items = new ArrayList<>();
		reader.open(new ExecutionContext());
		try {
			while (true) {
				try {
					T item = reader.read();
					if (item == null) {
						return items;
					}
					items.add(item);
				}
				catch (RejectedRowException ex) {
					rejects.add(ex);
				}
			}
		}
		finally {
			reader.close();
		}
	}

}

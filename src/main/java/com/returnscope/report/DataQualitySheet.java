package com.returnscope.report;

import java.time.temporal.ChronoUnit;
import java.util.Map;

import com.returnscope.domain.ReturnRequest;
import com.returnscope.job.RunContext;
import com.returnscope.job.RunParameters;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * What is wrong in this run's exports: the rows rejected (listed in rejects.csv) and the
 * returns requested before their order was placed, which are decided as usual but cannot
 * be right as exported.
 */
final class DataQualitySheet {

	static final String NAME = "Data quality";

	private final Table table;

	DataQualitySheet(ReportWorkbook book, XSSFSheet sheet, RunContext run, Map<String, Long> rejected) {
		this.table = new Table(sheet, book.styles()).widths(18, 18, 18, 11, 11, 11, 18, 12);
		this.table.title("Data quality of the export of " + run.runDate())
			.subtitle("Rejected rows are listed with their line and error in rejects.csv.")
			.skip();
		this.table.section("Input rows rejected").header("File", "Rows rejected");
		for (RunParameters.Role role : RunParameters.Role.values()) {
			String name = run.inputName(role);
			this.table.row(name, rejected.getOrDefault(name, 0L));
		}
		this.table.skip();
		this.table.section("Returns requested before their order was placed")
			.header("Return ID", "Order ID", "SKU", "Ordered", "Requested", "Days before", "Category",
					run.inputName(RunParameters.Role.RETURNS) + " line")
			.stream(book.body(sheet));
	}

	void add(ReportedReturn returned) {
		if (!returned.requestedBeforeOrder()) {
			return;
		}
		ReturnRequest request = returned.request();
		this.table.row(request.returnId(), request.orderId(), returned.line().sku(), returned.line().orderDate(),
				request.requestedDate(), ChronoUnit.DAYS.between(request.requestedDate(), returned.line().orderDate()),
				returned.decision().category().name(), request.line());
	}

	void finish() {
		this.table.finish(1);
	}

}

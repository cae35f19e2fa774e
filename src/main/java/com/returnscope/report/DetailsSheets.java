package com.returnscope.report;

import java.util.List;

import com.returnscope.domain.Decision;
import com.returnscope.domain.OrderLine;
import com.returnscope.domain.ReturnRequest;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Every return of the period with its latest decision, one row each, by return id,
 * streamed. A sheet holds at most 1,048,576 rows: past that the rows continue on "Details
 * (2)", and so on, each sheet with its own header.
 */
final class DetailsSheets {

	static final String NAME = "Details";

	/** Rows a sheet holds in Excel, header included. */
	static final int EXCEL_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows();

	static final List<String> COLUMNS = List.of("Line", "Return ID", "Order ID", "Ordered", "Requested", "SKU", "Buyer",
			"Country", "Carrier", "Category", "Subreason", "Classified by", "Confidence", "Matched term",
			"Buyer's words say", "Order match", "Window", "Days since delivery", "Status", "Outcome", "Refund",
			"Currency", "Return freight", "Freight paid by", "Freight owed by", "Freight compliant", "Freight at issue",
			"Findings", "Appeal candidate", "Explanation");

	private static final int[] WIDTHS = { 7, 14, 16, 11, 11, 16, 26, 8, 14, 16, 20, 13, 10, 22, 15, 17, 16, 9, 12, 15,
			11, 8, 10, 10, 10, 10, 10, 26, 9, 80 };

	private final ReportWorkbook book;

	private final int maxRows;

	private Table table;

	private int sheets;

	/**
	 * Sheets of at most {@code maxRows} rows, header included: Excel's limit but in
	 * tests.
	 */
	DetailsSheets(ReportWorkbook book, int maxRows) {
		this.book = book;
		this.maxRows = maxRows;
		this.table = next();
	}

	private Table next() {
		this.sheets++;
		XSSFSheet sheet = this.book.sheet((this.sheets == 1) ? NAME : NAME + " (" + this.sheets + ")");
		return new Table(sheet, this.book.styles()).widths(WIDTHS)
			.header(COLUMNS.toArray(String[]::new))
			.stream(this.book.body(sheet));
	}

	void add(ReportedReturn returned) {
		if (this.table.next() == this.maxRows) {
			finish();
			this.table = next();
		}
		Decision d = returned.decision();
		ReturnRequest r = returned.request();
		OrderLine line = returned.line();
		this.table.row(d.line(), d.returnId(), d.orderId(), (line != null) ? line.orderDate() : null, r.requestedDate(),
				(line != null) ? line.sku() : r.sku(), returned.buyer(), (line != null) ? line.buyerCountry() : null,
				(line != null) ? line.carrier() : null, d.category().name(), d.subreason(), d.classifiedBy().name(),
				(d.confidence() != null) ? new Table.Decimal(d.confidence()) : null, d.matchedTerm(),
				(d.textCategory() != null) ? d.textCategory().name() : null, d.orderMatch().name(),
				d.windowStatus().name(), d.daysSinceDelivery(), r.status().name(),
				(r.outcome() != null) ? r.outcome().name() : null, r.refundAmount(), d.currency(),
				r.returnFreightCost(), d.actualFreightPayer().name(), d.expectedFreightPayer().name(),
				d.freightCompliant().name(), d.freightAmountAtIssue(), String.join(";", d.findings()),
				d.appealCandidate(), d.explanation());
	}

	/**
	 * Highlights breaches on the current sheet and sets it up; call after the last row.
	 */
	void finish() {
		int first = this.table.headerRow() + 1;
		this.table.highlight(first, 25, 26, "$Z" + (first + 1) + "=\"NO\"", Table.Highlight.BREACH);
		this.table.highlight(first, 27, 27, "LEN($AB" + (first + 1) + ")>0", Table.Highlight.WARNING);
		this.table.finish(2).printedAcross(2);
	}

}

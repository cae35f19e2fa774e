package com.returnscope.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.returnscope.domain.Decision;
import com.returnscope.domain.ReturnRequest;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Every return not closed, whatever its date: how old, in which state, and how many days
 * are left before the policy wants it escalated to the platform's mediation. Overdue ones
 * are red. The ageing table on top counts them by status: it is written once every open
 * return has streamed by, above them.
 */
final class OpenCasesSheet {

	static final String NAME = "Open cases";

	private final ReportWorkbook book;

	private final XSSFSheet sheet;

	private final OpenCases open;

	private final SheetBody body;

	OpenCasesSheet(ReportWorkbook book, XSSFSheet sheet, OpenCases open) {
		this.book = book;
		this.sheet = sheet;
		this.open = open;
		this.body = book.body(sheet);
	}

	/** Adds a return to the sheet if it is open. */
	void add(ReportedReturn returned) {
		ReturnRequest request = returned.request();
		if (!OpenCases.isOpen(request.status())) {
			return;
		}
		Decision decision = returned.decision();
		long age = this.open.age(returned);
		this.body.row(request.returnId(), request.orderId(), returned.buyer(), request.requestedDate(), age,
				OpenCases.BUCKETS.get(OpenCases.bucket(age)), request.status().name(),
				this.open.daysLeft(request.status(), age),
				(request.mediationDecision() != null) ? request.mediationDecision().name() : null,
				decision.category().name(), decision.subreason(), request.refundAmount(), decision.currency(),
				returned.lastSeen(), String.join(";", decision.findings()));
	}

	/** Writes the title and the ageing table above the returns; call after the last. */
	void finish(Report report) {
		Table table = new Table(this.sheet, this.book.styles()).widths(16, 18, 30, 11, 9, 12, 13, 12, 12, 16, 22, 11, 9,
				11, 30);
		OpenCases.Escalation escalation = this.open.escalation;
		table.title("Open cases on " + report.runDate())
			.subtitle(this.open.open + " returns not closed; "
					+ (escalation.enabled() ? "the policy escalates " + escalation.statuses() + " to mediation after "
							+ escalation.days() + " days (R-ESCALATION): " + this.open.overdue + " overdue, in red."
							: "escalation is switched off in the policy.")
					+ " Sort by Age with the filter to see the oldest first.")
			.skip();
		List<String> buckets = new ArrayList<>(List.of("Status"));
		buckets.addAll(OpenCases.BUCKETS);
		buckets.add("All");
		table.section("Ageing: days since the request").header(buckets.toArray(String[]::new));
		long[] totals = new long[OpenCases.BUCKETS.size()];
		this.open.byStatus.forEach((status, counts) -> {
			List<Object> cells = new ArrayList<>(List.of(status.name()));
			for (int i = 0; i < counts.length; i++) {
				cells.add(counts[i]);
				totals[i] += counts[i];
			}
			cells.add(Arrays.stream(counts).sum());
			table.row(cells.toArray());
		});
		List<Object> all = new ArrayList<>();
		for (long total : totals) {
			all.add(total);
		}
		all.add(this.open.open);
		table.labelled("All", all.toArray());
		table.skip();
		table.section("Every open return")
			.header("Return ID", "Order ID", "Buyer", "Requested", "Age (days)", "Ageing", "Status",
					"Escalation due in (days)", "Mediation", "Category", "Subreason", "Refund", "Currency", "Last seen",
					"Findings");
		int first = table.next();
		table.append(this.body);
		String left = "$H" + (first + 1);
		table.highlight(first, "AND(ISNUMBER(" + left + ")," + left + "<0)", Table.Highlight.BREACH);
		table.finish(1);
	}

}

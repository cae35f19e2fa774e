package com.returnscope.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.returnscope.classification.ReviewerOverrides;
import com.returnscope.domain.Category;
import com.returnscope.domain.ClassifiedBy;
import com.returnscope.domain.ReturnRequest;
import com.returnscope.policy.Policy;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.ss.util.CellRangeAddressList;

/**
 * The reviewer's sheet: the run's returns that nothing could classify, with empty
 * category and subreason cells to fill in, then every label of the overrides file in
 * force. Its first row holds the overrides file's columns, so the sheet filled in (or
 * saved as CSV) is the overrides file of the next run: {@code --overrides=FILE}. Keeping
 * the labels in force on the sheet means the file passed back loses none of them.
 */
final class UnclassifiedSheet {

	static final String NAME = ReviewerOverrides.SHEET;

	static final String TO_REVIEW = "to review";

	static final String IN_FORCE = "label in force";

	/** What a row shows of its return besides the label. */
	private record Context(String orderId, java.time.LocalDate requested, String reasonCode, String reasonText,
			String sku, String buyer) {
	}

	private final Table table;

	private final ReviewerOverrides overrides;

	/** The context of the run's returns that carry a label: as many as the labels. */
	private final Map<String, Context> labelled = new HashMap<>();

	private final int first;

	UnclassifiedSheet(ReportWorkbook book, XSSFSheet sheet, ReviewerOverrides overrides) {
		this.overrides = overrides;
		this.table = new Table(sheet, book.styles()).widths(16, 17, 22, 30, 14, 18, 12, 12, 60, 16, 28);
		List<String> header = new ArrayList<>(ReviewerOverrides.COLUMNS);
		header.addAll(List.of("review", "order_id", "requested_date", "reason_code", "reason_text", "sku", "buyer"));
		this.table.header(header.toArray(String[]::new));
		this.first = this.table.next();
		Drawing<?> drawing = sheet.createDrawingPatriarch();
		ClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 1, 1, 6, 8);
		Comment comment = drawing.createCellComment(anchor);
		comment.setString(sheet.getWorkbook()
			.getCreationHelper()
			.createRichTextString("Fill in category and subreason (lists in the cells) for the rows to review, and a"
					+ " note if you like. Pass this file, or this sheet saved as CSV, to the next run:"
					+ " --overrides=FILE. Rows left blank are skipped; the labels in force stay in force."));
		comment.setAuthor("ReturnScope");
		sheet.getRow(0).getCell(0).setCellComment(comment);
		this.table.stream(book.body(sheet));
	}

	void add(ReportedReturn returned) {
		ReturnRequest request = returned.request();
		ClassifiedBy method = returned.decision().classifiedBy();
		Context context = new Context(request.orderId(), request.requestedDate(), text(request.reasonCode()),
				text(request.reasonText()), text(request.sku()), returned.buyer());
		if (method == ClassifiedBy.OVERRIDE) {
			this.labelled.put(request.returnId(), context);
		}
		else if (method == ClassifiedBy.NONE) {
			row(request.returnId(), "", "", "", TO_REVIEW, context);
		}
	}

	/** Appends the labels in force, adds the lists and highlights; call last. */
	void finish(Policy policy) {
		this.overrides.all()
			.forEach((returnId, label) -> row(returnId, label.reason().category().name(), label.reason().subreason(),
					label.note(), IN_FORCE, this.labelled.get(returnId)));
		int last = this.table.next() - 1;
		if (last >= this.first) {
			List<String> categories = new ArrayList<>();
			List<String> subreasons = new ArrayList<>();
			for (Category category : Category.values()) {
				categories.add(category.name());
			}
			policy.categories().values().forEach(subreasons::addAll);
			list(categories, 1, last);
			list(subreasons, 2, last);
		}
		this.table.highlight(this.first, 1, 2, "$E" + (this.first + 1) + "=\"" + TO_REVIEW + "\"",
				Table.Highlight.WARNING);
		this.table.finish(1);
	}

	private void row(String returnId, String category, String subreason, String note, String review, Context context) {
		if (context == null) {
			this.table.row(returnId, category, subreason, note, review);
			return;
		}
		this.table.row(returnId, category, subreason, note, review, context.orderId(), context.requested(),
				context.reasonCode(), new Table.Wrapped(context.reasonText()), context.sku(), context.buyer());
	}

	/**
	 * A drop-down list of values in a column; none where Excel's 255 characters do not
	 * hold them.
	 */
	private void list(List<String> values, int column, int last) {
		if (String.join(",", values).length() > 255) {
			return;
		}
		DataValidationHelper helper = this.table.sheet().getDataValidationHelper();
		DataValidation validation = helper.createValidation(
				helper.createExplicitListConstraint(values.toArray(String[]::new)),
				new CellRangeAddressList(this.first, last, column, column));
		validation.setShowErrorBox(true);
		validation.setEmptyCellAllowed(true);
		this.table.sheet().addValidationData(validation);
	}

	private static String text(String value) {
		return (value != null) ? value : "";
	}

}

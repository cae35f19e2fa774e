package com.returnscope.ingest;

import java.util.EnumSet;
import java.util.List;

import com.returnscope.domain.Evidence;
import com.returnscope.domain.InspectionResult;
import com.returnscope.domain.MediationDecision;
import com.returnscope.domain.Outcome;
import com.returnscope.domain.Payer;
import com.returnscope.domain.ReturnRequest;
import com.returnscope.domain.ReturnStatus;
import com.returnscope.job.RunParameters.Role;

/** returns.csv: its columns and row rules, as the data contract gives them. */
public final class ReturnsFile {

	public static final List<String> COLUMNS = List.of("return_id", "order_id", "buyer_name", "sku", "quantity",
			"requested_date", "reason_code", "reason_text", "refund_amount", "currency", "return_freight_cost",
			"freight_paid_by", "inspection_result", "status", "outcome", "mediation_decision", "evidence",
			"closed_date");

	public static final List<String> REQUIRED = List.of("return_id", "order_id", "buyer_name", "quantity",
			"requested_date", "status");

	/** UNDETERMINED is what the job prints, never what an export says. */
	private static final EnumSet<Payer> PAID_BY = EnumSet.of(Payer.BUYER, Payer.SELLER, Payer.PLATFORM, Payer.CARRIER);

	/** The contract's own layout of returns. */
	public static final Layout<ReturnRequest> LAYOUT = Layout.of(Layout.CANONICAL, Role.RETURNS, "return_id", COLUMNS,
			REQUIRED, ReturnsFile::map);

	private ReturnsFile() {
	}

	public static ReturnRequest map(CsvRow row) {
		return new ReturnRequest(row.line(), row.required("return_id"), row.required("order_id"),
				row.required("buyer_name"), row.text("sku"), row.positiveInteger("quantity"),
				row.requiredDate("requested_date"), row.text("reason_code"), row.longText("reason_text", 20000),
				row.amount("refund_amount"), row.currency("currency"), row.amount("return_freight_cost"),
				row.choice("freight_paid_by", PAID_BY),
				row.choice("inspection_result", EnumSet.allOf(InspectionResult.class)),
				row.requiredChoice("status", EnumSet.allOf(ReturnStatus.class)),
				row.choice("outcome", EnumSet.allOf(Outcome.class)),
				row.choice("mediation_decision", EnumSet.allOf(MediationDecision.class)),
				row.choices("evidence", Evidence.class), row.date("closed_date"));
	}

}

package com.returnscope.ingest;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.returnscope.domain.Evidence;
import com.returnscope.domain.InspectionResult;
import com.returnscope.domain.NotInExport;
import com.returnscope.domain.ReturnRequest;
import com.returnscope.domain.ReturnStatus;
import com.returnscope.job.RunParameters.Role;
import org.jspecify.annotations.Nullable;

/**
 * Amazon's "FBA customer returns" report (Seller Central, Fulfillment reports; in the
 * Selling Partner API GET_FBA_FULFILLMENT_CUSTOMER_RETURNS_DATA): tab-separated, one row
 * per returned unit that a fulfilment centre has received and processed. It has no return
 * id (the unit's license plate number stands for one), no buyer name, no request date
 * (return-date is when the centre processed the unit) and no refund or freight.
 * docs/layouts.md gives the mapping and why.
 */
final class AmazonFbaReturns {

	static final List<String> COLUMNS = List.of("return-date", "order-id", "sku", "asin", "fnsku", "product-name",
			"quantity", "fulfillment-center-id", "detailed-disposition", "reason", "status", "license-plate-number",
			"customer-comments");

	static final List<String> REQUIRED = List.of("return-date", "order-id", "sku", "quantity", "detailed-disposition",
			"reason", "license-plate-number");

	/**
	 * The fulfilment centre's condition codes as the contract's inspection results; the
	 * others say who damaged the unit or that it expired, which no inspection result
	 * states, and are read as no inspection.
	 */
	private static final Map<String, InspectionResult> DISPOSITIONS = Map.of("SELLABLE",
			InspectionResult.MATCHES_DESCRIPTION, "DEFECTIVE", InspectionResult.DEFECT_CONFIRMED, "CARRIER_DAMAGED",
			InspectionResult.TRANSIT_DAMAGE);

	private static final List<String> NO_INSPECTION_RESULT = List.of("CUSTOMER_DAMAGED", "DAMAGED", "EXPIRED");

	// Seller Central's help writes amazon-order-id for the download header in some
	// marketplaces
	static final Layout<ReturnRequest> LAYOUT = Layout
		.of("amazon-fba-returns", Role.RETURNS, "license-plate-number", COLUMNS, REQUIRED, AmazonFbaReturns::map)
		.alias("amazon-order-id", "order-id");

	private AmazonFbaReturns() {
	}

	static ReturnRequest map(CsvRow row) {
		// listed once the centre has processed the unit, and Amazon's decision on it is
		// final: the case is closed on that date
		LocalDate returned = row.requiredDate("return-date");
		return new ReturnRequest(row.line(), row.required("license-plate-number"), row.required("order-id"), null,
				row.required("sku"), row.positiveInteger("quantity"), returned, row.text("reason"),
				row.longText("customer-comments", 20000), null, null, null, null, disposition(row), ReturnStatus.CLOSED,
				null, null, EnumSet.noneOf(Evidence.class), returned,
				EnumSet.of(NotInExport.BUYER_NAME, NotInExport.REQUESTED_DATE));
	}

	private static @Nullable InspectionResult disposition(CsvRow row) {
		String value = row.required("detailed-disposition");
		String code = value.toUpperCase(Locale.ROOT);
		if (DISPOSITIONS.containsKey(code)) {
			return DISPOSITIONS.get(code);
		}
		if (NO_INSPECTION_RESULT.contains(code)) {
			return null;
		}
		throw row.reject("detailed-disposition", "unknown detailed-disposition " + CsvRow.quote(value)
				+ " (expected SELLABLE, DEFECTIVE, CARRIER_DAMAGED, CUSTOMER_DAMAGED, DAMAGED, EXPIRED)");
	}

}

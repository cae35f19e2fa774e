package com.returnscope.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.returnscope.harness.Fixtures;
import com.returnscope.harness.Outputs;
import com.returnscope.harness.RunResult;
import com.returnscope.publish.RunManifest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The whole job on each platform layout (fixtures written from the platforms' documented
 * column lists, rows made up), and on the sample saved as Excel workbooks: the layout
 * detected, every decision and reject, and the counts that reconcile.
 */
class ExportLayoutsFunctionalTests {

	private static final Path FIXTURES = Path.of("src/test/resources/com/returnscope/ingest/layouts");

	@TempDir
	static Path work;

	static RunResult amazon;

	static RunResult shopify;

	@BeforeAll
	static void runThePlatformExports() {
		// given Amazon's All Orders and FBA customer returns reports, and a Shopify
		// orders
		// export with canonical returns, each named as downloaded
		amazon = run("amazon", "--orders=" + FIXTURES.resolve("amazon-all-orders.txt"),
				"--returns=" + FIXTURES.resolve("amazon-fba-returns.txt"));
		shopify = run("shopify", "--orders=" + FIXTURES.resolve("shopify-orders.csv"),
				"--returns=" + FIXTURES.resolve("shopify-returns.csv"));
	}

	private static RunResult run(String name, String... inputs) {
		String[] args = new String[inputs.length + 3];
		System.arraycopy(inputs, 0, args, 0, inputs.length);
		args[inputs.length] = "--input=" + work.resolve(name);
		args[inputs.length + 1] = "--output=" + work.resolve(name).resolve("output");
		args[inputs.length + 2] = "--run-date=2026-11-25";
		return RunResult.run(work.resolve(name), args);
	}

	private static Path output(String name) {
		return work.resolve(name).resolve("output/2026-11-25");
	}

	@Test
	void amazonReportsAreReadInTheirOwnLayouts() throws IOException {
		// then the layouts are told from the headers, and printed and recorded
		assertThat(amazon.exitCode()).isZero();
		assertThat(amazon.out())
			.contains("amazon-all-orders.txt rows read 7 = accepted 4 + rejected 3, layout amazon-all-orders\n")
			.contains("amazon-fba-returns.txt rows read 9 = accepted 6 + rejected 3, layout amazon-fba-returns\n");
		RunManifest manifest = RunManifest.read(output("amazon").resolve("run-manifest.json"));
		assertThat(manifest.inputs()).extracting(RunManifest.InputFile::layout, RunManifest.InputFile::sheet)
			.containsExactly(tuple("amazon-all-orders", null), tuple("amazon-fba-returns", null));
		assertThat(manifest.inputs()).allMatch(RunManifest.InputFile::reconciles);
	}

	@Test
	void fbaReturnsAreConfirmedByOrderAndSkuAndSayWhatTheReportLacks() {
		List<Map<String, String>> decisions = Outputs.csv(output("amazon").resolve("decisions.csv"));

		// then reason codes go through the code table, dispositions are the centre's
		// inspection, and the order is confirmed by order id and sku alone
		assertThat(decisions)
			.extracting((d) -> tuple(d.get("return_id"), d.get("order_match"), d.get("category"), d.get("subreason"),
					d.get("classified_by"), d.get("window_status"), d.get("expected_freight_payer"),
					d.get("freight_compliant"), d.get("currency"), d.get("findings")))
			.containsExactly(
					tuple("LPNTEST000001", "MATCHED", "CHANGE_OF_MIND", "NO_LONGER_NEEDED", "REASON_CODE", "UNKNOWN",
							"BUYER", "UNKNOWN", "USD", ""),
					tuple("LPNTEST000002", "MATCHED", "QUALITY", "DEFECTIVE", "INSPECTION", "UNKNOWN", "SELLER",
							"UNKNOWN", "USD", ""),
					tuple("LPNTEST000003", "MATCHED", "CHANGE_OF_MIND", "DOES_NOT_FIT_NEEDS", "REASON_CODE", "UNKNOWN",
							"BUYER", "UNKNOWN", "USD", ""),
					tuple("LPNTEST000004", "MATCHED", "LOGISTICS", "DAMAGED_IN_TRANSIT", "INSPECTION", "UNKNOWN",
							"SELLER", "UNKNOWN", "GBP", ""),
					tuple("LPNTEST000005", "SKU_NOT_ON_ORDER", "QUALITY", "NOT_AS_DESCRIBED", "REASON_CODE", "UNKNOWN",
							"BUYER", "UNKNOWN", "GBP", "R-ORDER-MATCH"),
					tuple("LPNTEST000006", "ORDER_NOT_FOUND", "CHANGE_OF_MIND", "NO_LONGER_NEEDED", "REASON_CODE",
							"UNKNOWN", "BUYER", "UNKNOWN", "", "R-ORDER-MATCH"));
		// and the buyer's comment is read as the buyer's text
		assertThat(decisions.get(1)).containsEntry("text_category", "QUALITY");
		// and nothing the report lacks is assumed: the explanation says what was not
		// there
		assertThat(decisions.get(0).get("explanation")).isEqualTo("CHANGE_OF_MIND/NO_LONGER_NEEDED by reason code "
				+ "UNWANTED_ITEM; order 111-0000001-0000001 confirmed by order id and sku; the buyer's name could not "
				+ "be checked (the returns export has no buyer name); no request date in the export, counted from the "
				+ "return's date 2026-10-20, window unknown (no delivery date); BUYER owes the return freight "
				+ "(F-CHANGE-OF-MIND), freight cost not recorded: compliance unknown; passes all 2 applicable rules; "
				+ "policy 2026.12-default-2.");
	}

	@Test
	void amazonRowsTheContractCannotTakeAreRejectedWithTheirColumns() {
		assertThat(Outputs.csv(output("amazon").resolve("rejects.csv")))
			.extracting((r) -> tuple(r.get("file"), r.get("line"), r.get("column"), r.get("error")))
			.containsExactly(
					tuple("amazon-all-orders.txt", "5", "item-status",
							"the item was cancelled (item-status Cancelled)"),
					tuple("amazon-all-orders.txt", "6", "item-price",
							"item-price is blank (Amazon leaves it blank while an order is Pending): no unit price"),
					tuple("amazon-all-orders.txt", "8", "purchase-date",
							"'2026-11-30T07:45:00+00:00' is after the run date 2026-11-25"),
					tuple("amazon-fba-returns.txt", "8", "return-date",
							"'2026-11-26T11:00:00+00:00' is after the run date 2026-11-25"),
					tuple("amazon-fba-returns.txt", "9", "detailed-disposition",
							"unknown detailed-disposition 'LOST_IN_FC' (expected SELLABLE, DEFECTIVE, CARRIER_DAMAGED, "
									+ "CUSTOMER_DAMAGED, DAMAGED, EXPIRED)"),
					tuple("amazon-fba-returns.txt", "10", "license-plate-number",
							"duplicate key LPNTEST000001: first accepted at line 2"));
	}

	@Test
	void shopifyOrdersCarryTheirOrderValuesToEveryLineItem() throws IOException {
		assertThat(shopify.exitCode()).isZero();
		assertThat(shopify.out())
			.contains("shopify-orders.csv rows read 7 = accepted 5 + rejected 2, layout shopify-orders\n")
			.contains("shopify-returns.csv rows read 5 = accepted 5 + rejected 0, layout canonical\n");
		List<Map<String, String>> decisions = Outputs.csv(output("shopify").resolve("decisions.csv"));

		// then returns of an order's later line items (whose rows leave the order's date,
		// currency and buyer blank) are matched, the buyer checked against the billing
		// name (or the shipping name where there is none)
		assertThat(decisions)
			.extracting((d) -> tuple(d.get("return_id"), d.get("order_match"), d.get("classified_by"),
					d.get("category"), d.get("currency"), d.get("findings")))
			.containsExactly(tuple("RS-1", "MATCHED", "REASON_CODE", "CHANGE_OF_MIND", "USD", "R-INSPECTION"),
					tuple("RS-2", "MATCHED", "INSPECTION", "QUALITY", "USD", ""),
					tuple("RS-3", "BUYER_MISMATCH", "REASON_CODE", "QUALITY", "USD", "R-ORDER-MATCH;R-ESCALATION"),
					tuple("RS-4", "MATCHED", "INSPECTION", "QUALITY", "GBP", ""),
					tuple("RS-5", "MATCHED", "REASON_CODE", "CHANGE_OF_MIND", "USD", ""));
		assertThat(decisions.get(2).get("explanation"))
			.contains("order not confirmed (buyer 'Someone Else' is not the order's 'Grace Hopper')");
		// and a return requested before its order was placed is decided as usual, and
		// says
		// so
		assertThat(decisions.get(4).get("explanation")).contains(
				"order #1001 confirmed (ordered 2026-10-01, after the request: the export's dates need checking)");
		assertThat(Outputs.csv(output("shopify").resolve("rejects.csv")))
			.extracting((r) -> tuple(r.get("file"), r.get("line"), r.get("column"), r.get("error")))
			.containsExactly(tuple("shopify-orders.csv", "7", "Lineitem sku", "Lineitem sku is blank"),
					tuple("shopify-orders.csv", "8", "Created at",
							"'2026-12-01 08:00:00 +0100' is after the run date 2026-11-25"));
	}

	@Test
	void theSampleAsWorkbooksDecidesExactlyAsTheSampleAsCsv() throws IOException {
		// given the shipped sample, and the same rows saved from Excel: real dates and
		// numbers, on a named sheet after a first sheet of notes
		Path csv = Fixtures.sample(work.resolve("csv/input"));
		Path xlsx = Files.createDirectories(work.resolve("xlsx/input"));
		Workbooks.fromCsv(csv.resolve("orders.csv"), xlsx.resolve("orders.xlsx"), "Orders");
		Workbooks.fromCsv(csv.resolve("returns.csv"), xlsx.resolve("returns.xlsx"), "Orders");
		Files.copy(csv.resolve("overrides.csv"), xlsx.resolve("overrides.csv"));

		// when both are run
		RunResult fromCsv = run("csv", "--orders=" + csv.resolve("orders.csv"),
				"--returns=" + csv.resolve("returns.csv"), "--overrides=" + csv.resolve("overrides.csv"));
		RunResult fromXlsx = run("xlsx", "--orders=" + xlsx.resolve("orders.xlsx"),
				"--returns=" + xlsx.resolve("returns.xlsx"), "--overrides=" + xlsx.resolve("overrides.csv"),
				"--sheet=Orders");

		// then the decisions are the same, byte for byte, and so are the rows accepted
		assertThat(fromCsv.exitCode()).isZero();
		assertThat(fromXlsx.exitCode()).isZero();
		assertThat(Files.readString(output("xlsx").resolve("decisions.csv")))
			.isEqualTo(Files.readString(output("csv").resolve("decisions.csv")));
		assertThat(fromXlsx.out())
			.contains("orders.xlsx    rows read 200 = accepted 195 + rejected 5, layout canonical, sheet Orders")
			.contains("returns.xlsx   rows read 55 = accepted 49 + rejected 6, layout canonical, sheet Orders");
	}

}

package com.returnscope.run;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import com.returnscope.harness.Outputs;
import com.returnscope.harness.RunResult;
import com.returnscope.job.Sha256;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The job on the shipped sample, run as the README's first command runs it, checked
 * against what was derived by hand from the contract and the policy
 * (sample-expected-*.csv): every decision, every reject with its line, the manifest's
 * reconciliation and fingerprints, and the exact figures in both workbooks.
 */
class SampleRunFunctionalTests {

	private static final Path EXPECTED = Path.of("src/test/resources/com/returnscope");

	private static final List<String> CONTRACT_COLUMNS = List.of("return_id", "order_id", "order_match", "category",
			"subreason", "classified_by", "matched_term", "days_since_delivery", "window_status",
			"expected_freight_payer", "actual_freight_payer", "freight_compliant", "freight_amount_at_issue",
			"currency", "findings", "explanation", "confidence", "text_category");

	private static final List<String> RULES = List.of("R-ORDER-MATCH", "R-WINDOW", "R-INSPECTION", "R-FREIGHT",
			"R-REASON-RECORDED", "R-ESCALATION", "R-APPEAL-EVIDENCE");

	@TempDir
	static Path work;

	static RunResult result;

	static Path folder;

	static List<Map<String, String>> expected;

	@BeforeAll
	static void runTheSample() {
		// given the shipped sample and the decisions derived by hand from it
		expected = Outputs.csv(EXPECTED.resolve("sample-expected-decisions.csv"));

		// when the job runs on it for 2026-11-25
		result = RunResult.run(work, "--input=input", "--output=" + work.resolve("output"), "--run-date=2026-11-25");
		folder = work.resolve("output/2026-11-25");
	}

	@Test
	void completesAndPrintsTheReconciliation() {
		assertThat(result.exitCode()).isZero();
		assertThat(result.err()).isEmpty();
		assertThat(result.out()).contains("the run of 2026-11-25 completed")
			.contains("orders.csv     rows read 200 = accepted 195 + rejected 5")
			.contains("returns.csv    rows read 55 = accepted 49 + rejected 6");
		assertThat(folder).isDirectoryContaining("glob:**/run-manifest.json");
		assertThat(work.resolve("output")).isDirectoryNotContaining("glob:**/.2026-11-25.partial");
	}

	@Test
	void decidesEveryReturnAsDerivedByHand() {
		List<Map<String, String>> decisions = Outputs.csv(folder.resolve("decisions.csv"));

		assertThat(decisions.get(0).keySet()).containsExactlyElementsOf(CONTRACT_COLUMNS);
		assertThat(decisions).extracting((row) -> row.get("return_id"))
			.containsExactlyElementsOf(expected.stream().map((row) -> row.get("return_id")).toList());
		for (int i = 0; i < expected.size(); i++) {
			Map<String, String> want = expected.get(i);
			Map<String, String> got = decisions.get(i);
			for (String column : List.of("order_match", "category", "subreason", "classified_by", "days_since_delivery",
					"window_status", "expected_freight_payer", "actual_freight_payer", "freight_compliant", "currency",
					"findings")) {
				assertThat(got.get(column)).as(want.get("return_id") + " " + column + " (" + want.get("why") + ")")
					.isEqualTo(want.get(column));
			}
			assertThat(new BigDecimal(got.get("freight_amount_at_issue"))).as(want.get("return_id"))
				.isEqualByComparingTo(want.get("freight_amount_at_issue"));
			assertThat(got.get("explanation")).as(want.get("return_id"))
				.contains(got.get("category"))
				.contains("policy 2026.12-default-2.");
			for (String rule : got.get("findings").split(";")) {
				assertThat(got.get("explanation")).as(want.get("return_id")).contains(rule);
			}
		}
	}

	@Test
	void rejectsEveryBadRowWithItsFileLineAndColumn() {
		List<Map<String, String>> rejects = Outputs.csv(folder.resolve("rejects.csv"));
		List<Map<String, String>> want = Outputs.csv(EXPECTED.resolve("sample-expected-rejects.csv"));

		assertThat(rejects).extracting((row) -> row.get("file") + ":" + row.get("line") + ":" + row.get("column"))
			.containsExactlyElementsOf(want.stream()
				.map((row) -> row.get("file") + ":" + row.get("line") + ":" + row.get("column"))
				.toList());
		assertThat(rejects).allSatisfy((row) -> {
			assertThat(row.get("error")).isNotBlank();
			assertThat(row.get("raw_record")).isNotBlank();
		});
	}

	@Test
	void theManifestReconcilesAndFingerprintsEveryFile() throws Exception {
		JsonNode manifest = JsonMapper.builder().build().readTree(folder.resolve("run-manifest.json").toFile());

		assertThat(manifest.get("run_date").asString()).isEqualTo("2026-11-25");
		assertThat(manifest.get("exit_status").asString()).isEqualTo("COMPLETED");
		assertThat(manifest.get("job_execution_id").asLong()).isPositive();
		assertThat(manifest.get("decisions").asLong()).isEqualTo(49);
		Map<String, List<Long>> counts = new HashMap<>();
		for (JsonNode input : manifest.get("inputs")) {
			String name = input.get("name").asString();
			assertThat(input.get("sha256").asString()).isEqualTo(Sha256.of(Path.of("input", name)));
			counts.put(name, List.of(input.get("rows_read").asLong(), input.get("rows_accepted").asLong(),
					input.get("rows_rejected").asLong()));
		}
		assertThat(counts).containsExactlyInAnyOrderEntriesOf(
				Map.of("orders.csv", List.of(200L, 195L, 5L), "returns.csv", List.of(55L, 49L, 6L)));
		assertThat(manifest.get("overrides").get("sha256").asString())
			.isEqualTo(Sha256.of(Path.of("input/overrides.csv")));
		assertThat(manifest.get("policy").get("version").asString()).isEqualTo("2026.12-default-2");
		assertThat(manifest.get("policy").get("sha256").asString()).hasSize(64);
		assertThat(manifest.get("policy_parts")).extracting((part) -> part.get("name").asString())
			.containsExactly("policy", "reason-codes", "lexicon", "chinese-folds", "model");
		assertThat(manifest.get("model").get("sha256").asString())
			.isEqualTo(Sha256.of(Path.of("src/main/resources/policy/model/reason-model.bin")));
		Map<String, String> outputs = new TreeMap<>();
		manifest.get("outputs")
			.forEach((output) -> outputs.put(output.get("name").asString(), output.get("sha256").asString()));
		assertThat(outputs).containsOnlyKeys("decisions.csv", "rejects.csv", "returns-report.xlsx",
				"compliance-summary.xlsx", "compliance-rules.csv", "history-orders.csv");
		outputs.forEach((name, sha256) -> assertThat(Sha256.of(folder.resolve(name))).as(name).isEqualTo(sha256));
	}

	@Test
	void theReturnsReportShowsTheKeyFiguresAndTheReasonMix() throws Exception {
		Map<String, String> requested = Outputs.csv(Path.of("input/returns.csv"))
			.stream()
			.collect(Collectors.toMap((row) -> row.get("return_id"), (row) -> row.get("requested_date"),
					(first, second) -> first));
		// the report's period: the last 30 days, 2026-10-27 to 2026-11-25
		java.util.function.Predicate<Map<String, String>> inPeriod = (
				row) -> requested.get(row.get("return_id")).compareTo("2026-10-27") >= 0;
		long periodReturns = count(inPeriod);
		try (XSSFWorkbook workbook = Outputs.workbook(folder.resolve("returns-report.xlsx"))) {
			XSSFSheet summary = workbook.getSheet("Overview");
			assertThat(workbook.getSheetIndex("Overview")).isZero();
			assertThat(Outputs.row(summary, "Policy").getCell(1).getStringCellValue()).isEqualTo("2026.12-default-2");
			assertThat(
					Outputs.row(summary, "Policy part lexicon (lexicon/lexicon.yml)").getCell(1).getStringCellValue())
				.startsWith("2026.12-lexicon-3, SHA-256 ");
			assertThat(
					Outputs.row(summary, "Policy part model (model/reason-model.yml)").getCell(1).getStringCellValue())
				.contains(", SHA-256 " + Sha256.of(Path.of("src/main/resources/policy/model/reason-model.bin")));
			assertThat(Outputs.number(summary, "Returns decided", 1)).isEqualTo(49);
			assertThat(Outputs.number(summary, "Input rows rejected (orders.csv)", 1)).isEqualTo(5);
			assertThat(Outputs.number(summary, "Input rows rejected (returns.csv)", 1)).isEqualTo(6);
			assertThat(Outputs.number(summary, "Returns failing at least one rule", 1))
				.isEqualTo(count((row) -> !row.get("findings").isEmpty()));
			assertThat(Outputs.number(summary, "Returns with return freight paid by the wrong party", 1))
				.isEqualTo(count((row) -> row.get("freight_compliant").equals("NO")));
			assertThat(Outputs.number(summary, "Appeal candidates", 1))
				.isEqualTo(count((row) -> row.get("appeal_candidate").equals("true")));
			atIssueByCurrency().forEach(
					(currency, amount) -> assertThat(Outputs.number(summary, "Freight at issue (" + currency + ")", 1))
						.isCloseTo(amount.doubleValue(), within(0.001)));
			assertThat(Outputs.number(summary, "Returns requested", 1)).isEqualTo(periodReturns);
			for (String category : List.of("QUALITY", "CHANGE_OF_MIND", "LOGISTICS", "UNCLASSIFIED")) {
				long count = count(inPeriod.and((row) -> row.get("category").equals(category)));
				assertThat(Outputs.number(summary, category, 1)).as(category).isEqualTo(count);
				assertThat(Outputs.number(summary, category, 2)).as(category)
					.isCloseTo((double) count / periodReturns, within(1e-9));
			}
			assertThat(summary.getDrawingPatriarch().getCharts()).hasSize(2)
				.first()
				.satisfies((chart) -> assertThat(chart.getTitleText().getString()).startsWith("Reason mix"));

			// Details: the period's returns, by return id
			List<Map<String, String>> period = expected.stream()
				.filter(inPeriod)
				.sorted(java.util.Comparator.comparing((Map<String, String> row) -> row.get("return_id")))
				.toList();
			Sheet details = workbook.getSheet("Details");
			assertThat(details.getLastRowNum()).isEqualTo(periodReturns);
			for (int index = 0; index < period.size(); index++) {
				Row row = details.getRow(index + 1);
				Map<String, String> decision = period.get(index);
				assertThat(Outputs.text(row, 1)).isEqualTo(decision.get("return_id"));
				assertThat(Outputs.text(row, 9)).isEqualTo(decision.get("category"));
				assertThat(Outputs.text(row, 10)).isEqualTo(decision.get("subreason"));
			}
		}
	}

	@Test
	void theComplianceSummaryCountsEveryRuleAndListsEveryFailure() throws Exception {
		Map<String, Map<String, String>> inputs = Outputs.csv(Path.of("input/returns.csv"))
			.stream()
			.collect(Collectors.toMap((row) -> row.get("return_id"), (row) -> row, (first, second) -> first));
		try (XSSFWorkbook workbook = Outputs.workbook(folder.resolve("compliance-summary.xlsx"))) {
			Sheet rules = workbook.getSheet("Rules");
			assertThat(
					Outputs.row(workbook.getSheet("Cover"), "Policy part reason-codes").getCell(3).getStringCellValue())
				.isEqualTo("2026.12-codes-1");
			Map<String, Long> evaluated = Map.of("R-ORDER-MATCH", 49L, "R-REASON-RECORDED", 49L, "R-FREIGHT",
					count((row) -> !row.get("freight_compliant").equals("UNKNOWN")), "R-ESCALATION",
					count((row) -> Set.of("OPEN", "NEGOTIATING").contains(status(inputs, row))), "R-APPEAL-EVIDENCE",
					count((row) -> status(inputs, row).equals("APPEAL")), "R-INSPECTION",
					count((row) -> status(inputs, row).equals("CLOSED") && granted(outcome(inputs, row))), "R-WINDOW",
					count((row) -> !row.get("window_status").equals("UNKNOWN")
							&& (granted(outcome(inputs, row)) || (outcome(inputs, row).equals("REJECTED")
									&& row.get("category").equals("CHANGE_OF_MIND")))));
			for (String rule : RULES) {
				long failed = count((row) -> List.of(row.get("findings").split(";")).contains(rule));
				long applied = evaluated.get(rule);
				Row row = Outputs.row(rules, rule);
				assertThat(row.getCell(3).getNumericCellValue()).as(rule + " evaluated").isEqualTo(applied);
				assertThat(row.getCell(4).getNumericCellValue()).as(rule + " passed").isEqualTo(applied - failed);
				assertThat(row.getCell(5).getNumericCellValue()).as(rule + " failed").isEqualTo(failed);
				assertThat(row.getCell(6).getNumericCellValue()).as(rule + " not applicable").isEqualTo(49 - applied);
				assertThat(row.getCell(7).getNumericCellValue()).as(rule + " compliance rate")
					.isCloseTo((double) (applied - failed) / applied, within(0.00005));
			}
			Sheet freight = workbook.getSheet("Freight");
			assertThat(Outputs.sum(freight, "buyer charged where seller owed", 2))
				.isEqualTo(count((row) -> row.get("freight_compliant").equals("NO")
						&& row.get("expected_freight_payer").equals("SELLER")));
			assertThat(Outputs.sum(freight, "seller paid where buyer owed", 2))
				.isEqualTo(count((row) -> row.get("freight_compliant").equals("NO")
						&& row.get("expected_freight_payer").equals("BUYER")));

			long findings = expected.stream()
				.mapToLong((row) -> row.get("findings").isEmpty() ? 0 : row.get("findings").split(";").length)
				.sum();
			assertThat(workbook.getSheet("Violations").getLastRowNum()).isEqualTo(findings);
			// a header, 10 kinds (file and column) of rejects, a blank row, a header, 11
			// rows
			assertThat(workbook.getSheet("Rejects").getLastRowNum()).isEqualTo(24);
		}
	}

	@Test
	void runningTheSameDateAgainWithTheSameInputsDoesNothing() throws Exception {
		byte[] manifest = Files.readAllBytes(folder.resolve("run-manifest.json"));

		RunResult again = RunResult.run(work, "--input=input", "--output=" + work.resolve("output"),
				"--run-date=2026-11-25");

		assertThat(again.exitCode()).isZero();
		assertThat(again.out()).contains("already completed with these inputs and this policy")
			.contains("nothing to do");
		assertThat(Files.readAllBytes(folder.resolve("run-manifest.json"))).isEqualTo(manifest);
	}

	private static long count(java.util.function.Predicate<Map<String, String>> condition) {
		return expected.stream().filter(condition).count();
	}

	private static Map<String, BigDecimal> atIssueByCurrency() {
		Map<String, BigDecimal> sums = new TreeMap<>();
		expected.stream()
			.filter((row) -> row.get("freight_compliant").equals("NO"))
			.forEach((row) -> sums.merge(row.get("currency"), new BigDecimal(row.get("freight_amount_at_issue")),
					BigDecimal::add));
		return sums;
	}

	private static String status(Map<String, Map<String, String>> inputs, Map<String, String> row) {
		return inputs.get(row.get("return_id")).get("status").toUpperCase(Locale.ROOT);
	}

	private static String outcome(Map<String, Map<String, String>> inputs, Map<String, String> row) {
		return inputs.get(row.get("return_id")).get("outcome").toUpperCase(Locale.ROOT);
	}

	private static boolean granted(String outcome) {
		return Set.of("REFUND", "PARTIAL_REFUND", "EXCHANGE").contains(outcome);
	}

}

package com.returnscope.compliance;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import com.returnscope.harness.Outputs;
import com.returnscope.harness.RunResult;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code verify} on a published run: an untouched folder is OK; a tampered decision, a
 * tampered workbook and a tampered input are each caught and named, down to the field or
 * cell; a folder without a manifest cannot be verified.
 */
class VerifyFunctionalTests {

	@TempDir
	static Path work;

	static Path input;

	static Path published;

	@BeforeAll
	static void runTheFixture() throws IOException {
		// given the compliance fixture, copied so that a test may tamper with it, and run
		input = Files.createDirectories(work.resolve("input"));
		for (String name : new String[] { "orders.csv", "returns.csv" }) {
			Files.copy(ComplianceSummaryFunctionalTests.FIXTURE.resolve(name), input.resolve(name));
		}
		RunResult run = RunResult.run(work, "--input=" + input, "--output=" + work.resolve("output"),
				"--run-date=2026-11-25");
		assertThat(run.exitCode()).as(run.err()).isZero();
		published = work.resolve("output/2026-11-25");
	}

	@Test
	void anUntouchedRunVerifies() {
		// when the published folder is verified
		RunResult verify = verify(published.toString());

		// then everything is as recorded and recomputed the same
		assertThat(verify.exitCode()).as(verify.out() + verify.err()).isZero();
		assertThat(verify.out()).contains("ok      6 files have the SHA-256 the manifest records")
			.contains("ok      decisions.csv: recomputed byte for byte")
			.contains("ok      rejects.csv: recomputed byte for byte")
			.contains("ok      compliance-rules.csv: recomputed byte for byte")
			.contains("ok      compliance-summary.xlsx: recomputed with the same cells")
			.contains(
					"ok      returns-report.xlsx: not recomputed (it reads the history's earlier nights); its SHA-256 "
							+ "is checked above")
			.contains("ok      run-manifest.json: the same inputs, policy and row counts")
			.contains("OK: " + published + " is what its recorded inputs and policy give")
			.doesNotContain("DIFFERS");
	}

	@Test
	void aRunDecidedAgainstEarlierExportsVerifiesFromItsFolderAlone() {
		// given night 2, whose returns are on order PO-1 that only night 1 exported
		Path history = Path.of("src/test/resources/com/returnscope/history");
		Path nights = work.resolve("nights");
		for (String night : List.of("night1 2026-11-20", "night2 2026-11-21")) {
			RunResult run = RunResult.run(nights, "--input=" + history.resolve(night.split(" ")[0]),
					"--output=" + nights.resolve("output"), "--run-date=" + night.split(" ")[1]);
			assertThat(run.exitCode()).as(run.err()).isZero();
		}
		Path night2 = nights.resolve("output/2026-11-21");

		// when night 2 is verified on a fresh database
		RunResult verify = verify(night2.toString());

		// then the order lines it used from night 1 travel with it, and it verifies
		assertThat(Outputs.csv(night2.resolve(HistoryOrdersFile.NAME)))
			.extracting((row) -> row.get("order_id") + " " + row.get("sku") + " " + row.get("source_date") + " line "
					+ row.get("source_line"))
			.containsExactly("PO-1 SKU-A 2026-11-20 line 2", "PO-1 SKU-B 2026-11-20 line 3");
		assertThat(verify.exitCode()).as(verify.out() + verify.err()).isZero();
		assertThat(verify.out()).contains("ok      decisions.csv: recomputed byte for byte");
	}

	@Test
	void aTamperedDecisionIsCaught() throws IOException {
		// given a copy of the run where R1's freight breach was turned into compliance
		Path folder = copy("decision");
		Path decisions = folder.resolve("decisions.csv");
		String original = Files.readString(decisions);
		Files.writeString(decisions,
				original.replace(
						"R1,O1,MATCHED,QUALITY,DEFECTIVE,INSPECTION,DEFECT_CONFIRMED,2," + "WITHIN,SELLER,BUYER,NO,",
						"R1,O1,MATCHED,QUALITY,DEFECTIVE,INSPECTION,DEFECT_CONFIRMED,2," + "WITHIN,SELLER,BUYER,YES,"));

		// when it is verified
		RunResult verify = verify(folder.toString());

		// then the changed file and the changed field are named
		assertThat(verify.exitCode()).isEqualTo(1);
		assertThat(verify.out()).contains("DIFFERS decisions.csv: SHA-256 recorded ")
			.contains("DIFFERS decisions.csv: return_id R1: freight_compliant recorded 'YES', recomputed 'NO'")
			.contains("ok      rejects.csv: recomputed byte for byte")
			.contains("DIFFERS: 2 difference(s) in " + folder);
	}

	@Test
	void aTamperedWorkbookIsCaught() throws IOException {
		// given a copy of the run where the auditors' workbook says R-FREIGHT failed once
		Path folder = copy("workbook");
		Path file = folder.resolve(ComplianceSummary.NAME);
		try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
			workbook.getSheet("Rules").getRow(5).getCell(5).setCellValue(1);
			try (OutputStream out = Files.newOutputStream(file)) {
				workbook.write(out);
			}
		}

		// when it is verified
		RunResult verify = verify(folder.toString());

		// then the changed file and the changed cell are named
		assertThat(verify.exitCode()).isEqualTo(1);
		assertThat(verify.out()).contains("DIFFERS compliance-summary.xlsx: SHA-256 recorded ")
			.contains("DIFFERS compliance-summary.xlsx: Rules!F6: recorded 1, recomputed 2")
			.contains("ok      decisions.csv: recomputed byte for byte")
			.contains("DIFFERS: 2 difference(s) in " + folder);
	}

	@Test
	void aTamperedInputIsCaught() throws IOException {
		// given returns.csv changed after the run: R2's freight now paid by the buyer
		Path returns = input.resolve("returns.csv");
		byte[] original = Files.readAllBytes(returns);
		Files.writeString(returns,
				new String(original, StandardCharsets.UTF_8).replace(
						"R2,O2,Beta GmbH,B,1,2026-11-14,CS,,20.00,EUR,8.00,SELLER,",
						"R2,O2,Beta GmbH,B,1,2026-11-14,CS,," + "20.00,EUR,8.00,BUYER,"));
		try {
			// when the untouched output folder is verified
			RunResult verify = verify(published.toString());

			// then the input is named, and what it changes
			assertThat(verify.exitCode()).isEqualTo(1);
			assertThat(verify.out()).contains("ok      6 files have the SHA-256 the manifest records")
				.contains("DIFFERS run-manifest.json: input " + returns + ": SHA-256 recorded ")
				.contains(": the input changed since the run")
				.contains("DIFFERS decisions.csv: return_id R2: actual_freight_payer recorded 'SELLER', "
						+ "recomputed 'BUYER'")
				.contains("DIFFERS decisions.csv: return_id R2: freight_compliant recorded 'NO', recomputed 'YES'")
				.contains("DIFFERS compliance-rules.csv: record 4 is rule_id R-FREIGHT, currency EUR as recorded but "
						+ "rule_id R-FREIGHT, currency USD recomputed")
				.contains("DIFFERS compliance-summary.xlsx: Rules!F6: recorded 2, recomputed 1");
		}
		finally {
			Files.write(returns, original);
		}
	}

	@Test
	void aFolderWithoutAManifestCannotBeVerified() throws IOException {
		Path empty = Files.createDirectories(work.resolve("empty"));

		RunResult verify = verify(empty.toString());

		assertThat(verify.exitCode()).isEqualTo(66);
		assertThat(verify.err()).contains("cannot verify " + empty + ": no readable run-manifest.json");
	}

	@Test
	void verifyNeedsOneFolder() {
		assertThat(verify().exitCode()).isEqualTo(64);
		assertThat(verify("--bogus", published.toString()).exitCode()).isEqualTo(64);
		assertThat(verify("--help").out()).contains("Exit codes:").contains("66  cannot verify");
	}

	private static Path copy(String name) throws IOException {
		Path folder = Files.createDirectories(work.resolve(name).resolve("2026-11-25"));
		try (Stream<Path> files = Files.list(published)) {
			for (Path file : files.toList()) {
				Files.copy(file, folder.resolve(file.getFileName()));
			}
		}
		return folder;
	}

	/** Runs {@code verify} as the command line would, capturing what it prints. */
	private static RunResult verify(String... args) {
		String[] all = new String[args.length + 1];
		all[0] = "verify";
		System.arraycopy(args, 0, all, 1, args.length);
		return RunResult.command(all);
	}

}

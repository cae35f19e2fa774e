package com.returnscope.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
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
 * Bad input never costs the night, on the whole job: the sample's returns with an
 * over-long record, three returns swallowed by a pair of stray quotes, a request dated
 * before its order, one after the run date, and a quote left open at the end of the file.
 * The run completes; every bad record is in rejects.csv (the over-long one cut to what
 * the table holds, and saying so), the console warns once, and the rows reconcile.
 */
class BadInputFunctionalTests {

	/** A sample order line (ordered 2026-08-06), as a return names it. */
	private static final String ORDER = "PO-26-32958,Müller GmbH,LMP-DSK-LED,1,";

	@TempDir
	static Path work;

	static RunResult result;

	static Path output;

	@BeforeAll
	static void runTheSampleWithBadReturns() throws IOException {
		// given the sample, whose returns.csv has 57 lines, and seven more after them
		Path input = Fixtures.sample(work.resolve("input"));
		Files.writeString(input.resolve("returns.csv"),
				String.join("\r\n", "RX-LONG," + ORDER + "2026-11-01,," + "y".repeat(150_000) + ",,,,,,OPEN,,,,",
						"RX-S1," + ORDER + "2026-11-02,,\"half a quote,,,,,,OPEN,,,,",
						"RX-S2," + ORDER + "2026-11-03,,swallowed,,,,,,OPEN,,,,",
						"RX-S3," + ORDER + "2026-11-04,,the other half\",,,,,,OPEN,,,,",
						"RX-EARLY," + ORDER + "2026-07-20,,never arrived,,,,,,OPEN,,,,",
						"RX-LATE," + ORDER + "2026-11-26,,,,,,,,OPEN,,,,",
						"RX-OPEN," + ORDER + "2026-11-05,,\"never closed", "and more", ""),
				StandardCharsets.UTF_8, StandardOpenOption.APPEND);

		// when the night runs
		result = RunResult.run(work, "--input=" + input, "--output=" + work.resolve("output"), "--run-date=2026-11-25");
		output = work.resolve("output/2026-11-25");
	}

	@Test
	void theRunCompletesAndTheConsoleWarnsOnceOfTheSwallowedLines() {
		assertThat(result.exitCode()).as(result.err()).isZero();
		assertThat(result.err()).isEqualTo("returnscope: warning: returns.csv: 2 records run over several lines, "
				+ "probably an unbalanced quote (first: lines 59-61); rejected, see rejects.csv\n");
		assertThat(result.out()).contains("returns.csv    rows read 60 = accepted 50 + rejected 10, layout canonical");
	}

	@Test
	void everyBadRecordIsRejectedWhereItStarts() {
		List<Map<String, String>> rejects = Outputs.csv(output.resolve("rejects.csv"))
			.stream()
			.filter((reject) -> reject.get("file").equals("returns.csv") && Integer.parseInt(reject.get("line")) > 57)
			.toList();

		assertThat(rejects).extracting((r) -> tuple(r.get("line"), r.get("column"), r.get("error")))
			.containsExactly(
					tuple("58", "reason_text",
							"the record is longer than 100000 characters (raw_record cut to its first 100000 of 100017 "
									+ "characters)"),
					tuple("59", "reason_text",
							"a quoted value holds whole lines of records: a quote is probably unbalanced (the record "
									+ "runs over lines 59-61)"),
					tuple("63", "requested_date", "'2026-11-26' is after the run date 2026-11-25"),
					tuple("64", "reason_text", "a quote opened on line 64 is never closed before the end of the file "
							+ "(the record runs over lines 64-65)"));
		// the over-long record is kept as far as rs_reject.raw_record holds
		assertThat(rejects.get(0).get("raw_record").length()).isEqualTo(100_000);
		assertThat(rejects.get(0).get("raw_record").substring(0, 50))
			.isEqualTo("RX-LONG,PO-26-32958,Müller GmbH,LMP-DSK-LED,1,2026");
	}

	@Test
	void aReturnRequestedBeforeItsOrderIsDecidedAndSaysSo() throws IOException {
		Map<String, String> early = Outputs.csv(output.resolve("decisions.csv"))
			.stream()
			.filter((decision) -> decision.get("return_id").equals("RX-EARLY"))
			.findFirst()
			.orElseThrow();

		assertThat(early).containsEntry("order_match", "MATCHED");
		assertThat(early.get("explanation")).contains(
				"order PO-26-32958 confirmed (ordered 2026-08-06, after the request: the export's dates need checking)");
		assertThat(RunManifest.read(output.resolve("run-manifest.json")).inputs())
			.allMatch(RunManifest.InputFile::reconciles);
	}

}

package com.returnscope.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * run-manifest.json: what was read, with which policy (and each of its parts, and the
 * text model), what was written, and the counts that prove nothing was lost (rows read =
 * accepted + rejected, for every input file). Keys are written in snake_case.
 */
public record RunManifest(String runDate, long runId, String jobName, long jobInstanceId, long jobExecutionId,
		String startTime, String endTime, String exitStatus, PolicyFile policy, List<PolicyPart> policyParts,
		@Nullable Model model, List<InputFile> inputs, @Nullable OverridesFile overrides, @Nullable Report report,
		long decisions, List<OutputFile> outputs) {

	private static final ObjectMapper JSON = JsonMapper.builder()
		.propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
		.enable(SerializationFeature.INDENT_OUTPUT)
		.build();

	public static RunManifest read(Path file) throws IOException {
		return JSON.readValue(Files.readAllBytes(file), RunManifest.class);
	}

	public void write(Path file) {
		JSON.writeValue(file.toFile(), this);
	}

	/** The policy that decided; its SHA-256 covers all its parts. */
	public record PolicyFile(String name, String location, String version, String sha256) {
	}

	/** One part of the policy: the business rules, codes, lexicon, folds, model. */
	public record PolicyPart(String name, String file, String version, String sha256) {
	}

	/** The learned text model that read the buyers' texts. */
	public record Model(String file, String version, String sha256) {
	}

	/**
	 * One input file, the layout it was read in (and the sheet, for a workbook), and how
	 * its rows were accounted for.
	 */
	public record InputFile(String name, String path, String encoding, String sha256, long rowsRead, long rowsAccepted,
			long rowsRejected, @Nullable String layout, @Nullable String sheet) {

		public boolean reconciles() {
			return this.rowsRead == this.rowsAccepted + this.rowsRejected;
		}

	}

	/** The reviewer's overrides, when used. */
	public record OverridesFile(String name, String path, String sha256, int entries) {
	}

	/**
	 * The managers' report's settings: the period it covers and the one it compares with,
	 * the repeat-returner thresholds, and the exchange-rates file when one was given.
	 */
	public record Report(String period, String from, String to, String previousFrom, String previousTo,
			int repeatReturnerReturns, String repeatReturnerRate, @Nullable FxRatesFile fxRates) {
	}

	/** The exchange-rates file the report converted with. */
	public record FxRatesFile(String name, String path, String sha256, String reportingCurrency) {
	}

	/** One file written by the run. */
	public record OutputFile(String name, String sha256, long bytes) {
	}

}

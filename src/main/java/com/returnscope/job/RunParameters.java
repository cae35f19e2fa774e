package com.returnscope.job;

import java.nio.file.Path;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * The parameters of one run, typed, and the only place that knows their names in the job
 * repository. A run is identified by its id, its date and the fingerprint of its inputs;
 * the files, the output folder and the chunk size only describe it, so that a restart may
 * name them again.
 *
 * @param runId the run (rs_run); its rows in the history are kept under this id
 * @param runDate the business date judged
 * @param inputsSha256 the fingerprint of both inputs, the overrides and the policy
 * @param orders the orders file
 * @param returns the returns file
 * @param overrides the reviewer's overrides, when there are any
 * @param outputDir the folder the run's {@code <run-date>/} folder is published in
 * @param chunkSize rows per transaction
 */
public record RunParameters(long runId, LocalDate runDate, String inputsSha256, Input orders, Input returns,
		@Nullable Overrides overrides, Path outputDir, int chunkSize) {

	/** The parameter naming the run; the job repository can be searched by it. */
	public static final String RUN_ID = "run.id";

	private static final String RUN_DATE = "run.date";

	private static final String INPUTS_SHA256 = "inputs.sha256";

	/** The parameter naming the folder the run publishes its {@code <run-date>/} in. */
	public static final String OUTPUT_DIR = "output.dir";

	private static final String CHUNK_SIZE = "chunk.size";

	private static final String RENDERED_AT = "rendered.at";

	/**
	 * The role of an input file, as rejects.csv, the manifest and the history name it.
	 */
	public enum Role {

		ORDERS("orders"), RETURNS("returns");

		private final String key;

		Role(String key) {
			this.key = key;
		}

		/** The role's name in lower case: "orders" or "returns". */
		public String key() {
			return this.key;
		}

	}

	/**
	 * An input file as the run read it.
	 *
	 * @param file the file
	 * @param encoding its encoding when it is text without a byte-order mark
	 * @param sha256 its fingerprint when the run started
	 * @param layout the layout it was read in (told from its header, or named)
	 * @param sheet the sheet read when it is a workbook and one was named
	 */
	public record Input(Path file, String encoding, String sha256, String layout, @Nullable String sheet) {

		/** The name rejects.csv, the reports and the manifest use. */
		public String name() {
			return this.file.getFileName().toString();
		}

	}

	/** The reviewer's overrides file. */
	public record Overrides(Path file, String sha256) {
	}

	public Input input(Role role) {
		return (role == Role.ORDERS) ? this.orders : this.returns;
	}

	/** The run's output folders. */
	public RunOutputs outputs() {
		return new RunOutputs(this.outputDir, this.runDate, this.runId);
	}

	/** The parameters of the job that reads, decides and publishes the run. */
	public JobParameters toJobParameters() {
		JobParametersBuilder builder = new JobParametersBuilder().addLong(RUN_ID, this.runId)
			.addLocalDate(RUN_DATE, this.runDate)
			.addString(INPUTS_SHA256, this.inputsSha256);
		for (Role role : Role.values()) {
			Input input = input(role);
			builder.addString(role.key() + ".file", input.file().toString(), false)
				.addString(role.key() + ".encoding", input.encoding(), false)
				.addString(role.key() + ".sha256", input.sha256(), false)
				.addString(role.key() + ".layout", input.layout(), false);
			if (input.sheet() != null) {
				builder.addString(role.key() + ".sheet", input.sheet(), false);
			}
		}
		if (this.overrides != null) {
			builder.addString("overrides.file", this.overrides.file().toString(), false)
				.addString("overrides.sha256", this.overrides.sha256(), false);
		}
		return builder.addString(OUTPUT_DIR, this.outputDir.toString(), false)
			.addLong(CHUNK_SIZE, (long) this.chunkSize, false)
			.toJobParameters();
	}

	/**
	 * The parameters of a job that renders a completed run's files again; each such job
	 * is a new job instance, told apart by the time it was asked for.
	 */
	public JobParameters toRenderJobParameters(String renderedAt) {
		return new JobParametersBuilder(toJobParameters()).addString(RENDERED_AT, renderedAt).toJobParameters();
	}

	public static RunParameters of(JobParameters parameters) {
		String overridesFile = parameters.getString("overrides.file");
		return new RunParameters(required(parameters.getLong(RUN_ID), RUN_ID),
				required(parameters.getLocalDate(RUN_DATE), RUN_DATE),
				required(parameters.getString(INPUTS_SHA256), INPUTS_SHA256), input(parameters, Role.ORDERS),
				input(parameters, Role.RETURNS),
				(overridesFile != null) ? new Overrides(Path.of(overridesFile),
						required(parameters.getString("overrides.sha256"), "overrides.sha256")) : null,
				Path.of(required(parameters.getString(OUTPUT_DIR), OUTPUT_DIR)),
				required(parameters.getLong(CHUNK_SIZE), CHUNK_SIZE).intValue());
	}

	private static Input input(JobParameters parameters, Role role) {
		String key = role.key();
		String layout = parameters.getString(key + ".layout");
		// a run started before layouts existed read the canonical layout
		return new Input(Path.of(required(parameters.getString(key + ".file"), key + ".file")),
				required(parameters.getString(key + ".encoding"), key + ".encoding"),
				required(parameters.getString(key + ".sha256"), key + ".sha256"),
				(layout != null) ? layout : "canonical", parameters.getString(key + ".sheet"));
	}

	private static <T> T required(@Nullable T value, String name) {
		if (value == null) {
			throw new IllegalStateException("The job parameters lack " + name);
		}
		return value;
	}

}

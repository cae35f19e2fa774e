package com.returnscope.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.returnscope.classification.ReviewerOverrides;
import com.returnscope.decision.DecisionRepository;
import com.returnscope.ingest.CsvFileReader;
import com.returnscope.ingest.StagingRepository;
import com.returnscope.job.RunContext;
import com.returnscope.job.RunOutputs;
import com.returnscope.job.Sha256;
import com.returnscope.policy.LoadedPolicy;
import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The last step: checks that every input row is accounted for and that no input changed
 * while the run read it, writes run-manifest.json, moves the run's folder into place and
 * drops the staged input rows (the manifest's hashes identify the inputs they came from).
 */
@Component
public class PublishTasklet implements Tasklet {

	public static final String MANIFEST = "run-manifest.json";

	private static final ObjectMapper JSON = JsonMapper.builder()
		.propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
		.enable(SerializationFeature.INDENT_OUTPUT)
		.build();

	private final StagingRepository staging;

	private final DecisionRepository decisions;

	private final LoadedPolicy policy;

	private final ReviewerOverrides overrides;

	public PublishTasklet(StagingRepository staging, DecisionRepository decisions, LoadedPolicy policy,
			ReviewerOverrides overrides) {
		this.staging = staging;
		this.decisions = decisions;
		this.policy = policy;
		this.overrides = overrides;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
		RunContext run = RunContext.of(chunkContext);
		RunManifest manifest = manifest(run);
		for (RunManifest.InputFile input : manifest.inputs()) {
			if (!input.reconciles()) {
				throw new IllegalStateException(input.name() + " does not reconcile: " + input.rowsRead()
						+ " rows read, " + input.rowsAccepted() + " accepted, " + input.rowsRejected() + " rejected");
			}
		}
		JSON.writeValue(run.outputs().file(MANIFEST).toFile(), manifest);
		run.outputs().publish(run.executionId());
		this.staging.deleteStagedRows(run.instanceId());
		return RepeatStatus.FINISHED;
	}

	private RunManifest manifest(RunContext run) {
		JobParameters parameters = run.parameters();
		ExecutionContext counts = run.execution().getExecutionContext();
		Map<String, Long> rejected = this.staging.countRejects(run.instanceId());
		List<RunManifest.InputFile> inputs = new ArrayList<>();
		for (String role : RunContext.INPUTS) {
			Path path = run.input(role);
			String name = run.inputName(role);
			long accepted = role.equals("orders") ? this.staging.countOrderLines(run.instanceId())
					: this.staging.countReturns(run.instanceId());
			inputs.add(new RunManifest.InputFile(name, path.toString(), parameters.getString(role + ".encoding"),
					unchanged(path, parameters.getString(role + ".sha256")),
					counts.getLong(role + CsvFileReader.ROWS_READ), accepted, rejected.getOrDefault(name, 0L)));
		}
		String overridesFile = parameters.getString("overrides.file");
		RunManifest.OverridesFile overrides = (overridesFile == null) ? null
				: new RunManifest.OverridesFile(Path.of(overridesFile).getFileName().toString(), overridesFile,
						unchanged(Path.of(overridesFile), parameters.getString("overrides.sha256")),
						this.overrides.size());
		String location = this.policy.location();
		RunManifest.PolicyFile policy = new RunManifest.PolicyFile(
				location.substring(Math.max(location.lastIndexOf('/'), location.lastIndexOf(':')) + 1), location,
				this.policy.version(), this.policy.sha256());
		return new RunManifest(run.runDate().toString(), run.execution().getJobInstance().getJobName(),
				run.instanceId(), run.executionId(), timestamp(run.execution().getStartTime()),
				timestamp(LocalDateTime.now()), "COMPLETED", policy, policyParts(), model(), inputs, overrides,
				this.decisions.count(run.instanceId()), outputs(run.outputs()));
	}

	private List<RunManifest.PolicyPart> policyParts() {
		return this.policy.parts()
			.stream()
			.map((part) -> new RunManifest.PolicyPart(part.name(), part.file(), part.version(), part.sha256()))
			.toList();
	}

	private RunManifest.@Nullable Model model() {
		LoadedPolicy.Part model = this.policy.part("model");
		return (model != null) ? new RunManifest.Model(model.file(), model.version(), model.sha256()) : null;
	}

	/**
	 * Hashes the file again: a file replaced while the run read it must not be vouched
	 * for.
	 */
	private static String unchanged(Path file, String sha256AtStart) {
		String now = Sha256.of(file);
		if (!now.equals(sha256AtStart)) {
			throw new IllegalStateException(file + " changed while the run was reading it; run again");
		}
		return now;
	}

	private static List<RunManifest.OutputFile> outputs(RunOutputs outputs) {
		return outputs.stagedFiles()
			.stream()
			.filter((file) -> !file.getFileName().toString().equals(MANIFEST))
			.map((file) -> new RunManifest.OutputFile(file.getFileName().toString(), Sha256.of(file), size(file)))
			.toList();
	}

	private static long size(Path file) {
		try {
			return Files.size(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String timestamp(LocalDateTime time) {
		return time.atZone(ZoneId.systemDefault()).toOffsetDateTime().toString();
	}

}

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
import com.returnscope.history.Runs;
import com.returnscope.ingest.InputCounts;
import com.returnscope.ingest.RejectsRepository;
import com.returnscope.job.RunContext;
import com.returnscope.job.RunOutputs;
import com.returnscope.job.RunParameters;
import com.returnscope.job.Sha256;
import com.returnscope.policy.LoadedPolicy;
import com.returnscope.report.FxRates;
import com.returnscope.report.Period;
import com.returnscope.report.ReportSettings;
import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/**
 * The last step: checks that every input row is accounted for and that no input changed
 * while the run read it, writes run-manifest.json, moves the run's folder into place
 * (replacing only the job's own files, see {@link PublishedRun#ours}) and records the run
 * as completed.
 */
@Component
public class PublishTasklet implements Tasklet {

	public static final String MANIFEST = "run-manifest.json";

	private final RejectsRepository rejects;

	private final InputCounts counts;

	private final Runs runs;

	private final DecisionRepository decisions;

	private final LoadedPolicy policy;

	private final ReviewerOverrides overrides;

	private final ReportSettings report;

	public PublishTasklet(RejectsRepository rejects, InputCounts counts, Runs runs, DecisionRepository decisions,
			LoadedPolicy policy, ReviewerOverrides overrides, ReportSettings report) {
		this.rejects = rejects;
		this.counts = counts;
		this.runs = runs;
		this.decisions = decisions;
		this.policy = policy;
		this.overrides = overrides;
		this.report = report;
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
		manifest.write(run.outputs().file(MANIFEST));
		run.outputs().publish(run.executionId(), PublishedRun.ours(run.outputs().target()));
		this.runs.completed(run.runId());
		return RepeatStatus.FINISHED;
	}

	private RunManifest manifest(RunContext run) {
		RunParameters parameters = run.parameters();
		Map<String, Long> rejected = this.rejects.countByFile(run.runId());
		List<RunManifest.InputFile> inputs = new ArrayList<>();
		for (RunParameters.Role role : RunParameters.Role.values()) {
			RunParameters.Input input = parameters.input(role);
			InputCounts.Counts counts = this.counts.of(run.runId(), role);
			if (counts == null) {
				throw new IllegalStateException(
						"No counts were recorded for " + input.name() + " of run " + run.runId());
			}
			inputs.add(new RunManifest.InputFile(input.name(), input.file().toString(), input.encoding(),
					unchanged(input.file(), input.sha256()), counts.rowsRead(), counts.rowsAccepted(),
					rejected.getOrDefault(input.name(), 0L), input.layout(), input.sheet()));
		}
		RunParameters.Overrides overridesFile = parameters.overrides();
		RunManifest.OverridesFile overrides = (overridesFile == null) ? null
				: new RunManifest.OverridesFile(overridesFile.file().getFileName().toString(),
						overridesFile.file().toString(), unchanged(overridesFile.file(), overridesFile.sha256()),
						this.overrides.size());
		String location = this.policy.location();
		RunManifest.PolicyFile policy = new RunManifest.PolicyFile(
				location.substring(Math.max(location.lastIndexOf('/'), location.lastIndexOf(':')) + 1), location,
				this.policy.version(), this.policy.sha256());
		return new RunManifest(run.runDate().toString(), run.runId(), run.execution().getJobInstance().getJobName(),
				run.execution().getJobInstance().getId(), run.executionId(), timestamp(run.execution().getStartTime()),
				timestamp(LocalDateTime.now()), "COMPLETED", policy, policyParts(), model(), inputs, overrides,
				report(run), this.decisions.count(run.runId()), outputs(run.outputs()));
	}

	private RunManifest.Report report(RunContext run) {
		Period period = this.report.period().of(run.runDate());
		Period previous = period.previous();
		FxRates fx = this.report.fxRates();
		Path fxFile = fx.file();
		RunManifest.FxRatesFile fxRates = (fxFile == null) ? null
				: new RunManifest.FxRatesFile(fxFile.getFileName().toString(), fxFile.toString(),
						unchanged(fxFile, fx.sha256()), fx.reportingCurrency());
		return new RunManifest.Report(this.report.period().setting(), period.from().toString(), period.to().toString(),
				previous.from().toString(), previous.to().toString(), this.report.repeatReturnerReturns(),
				this.report.repeatReturnerRate().toPlainString(), fxRates);
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
		List<Path> staged = outputs.stagedFiles();
		for (Path file : staged) {
			if (!PublishedRun.FILES.contains(file.getFileName().toString())) {
				// a later run would take it for someone else's file and refuse to replace
				// it
				throw new IllegalStateException(file.getFileName() + " is not among the files the job writes ("
						+ PublishedRun.class.getSimpleName() + ".FILES)");
			}
		}
		return staged.stream()
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

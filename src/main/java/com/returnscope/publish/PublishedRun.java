package com.returnscope.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.returnscope.compliance.ComplianceRulesFile;
import com.returnscope.compliance.ComplianceSummary;
import com.returnscope.compliance.HistoryOrdersFile;
import com.returnscope.decision.DecisionsFile;
import com.returnscope.ingest.RejectsFile;
import com.returnscope.job.Sha256;
import com.returnscope.report.ReturnsReport;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;

/**
 * What a published folder holds: whether it is a run's complete outputs, as its
 * run-manifest.json records them, and which of its files are the job's to replace.
 */
public final class PublishedRun {

	/**
	 * Every file the job writes into a run's folder. A file the job starts writing must
	 * be named here, or publishing refuses it: whatever is not named is someone else's.
	 */
	public static final List<String> FILES = List.of(DecisionsFile.NAME, RejectsFile.NAME, ReturnsReport.NAME,
			ComplianceSummary.NAME, ComplianceRulesFile.NAME, HistoryOrdersFile.NAME, PublishTasklet.MANIFEST);

	private PublishedRun() {
	}

	/**
	 * Whether {@code folder} holds the outputs of run {@code runId}: its manifest names
	 * that run, and every file the manifest records is there with the recorded SHA-256.
	 */
	public static boolean isIntact(Path folder, long runId) {
		RunManifest manifest = manifest(folder);
		return manifest != null && manifest.runId() == runId
				&& manifest.outputs()
					.stream()
					.allMatch((output) -> Files.isRegularFile(folder.resolve(output.name()))
							&& Sha256.of(folder.resolve(output.name())).equals(output.sha256()));
	}

	/**
	 * The names of the files in {@code folder} that publishing may replace: those the job
	 * writes, and those its manifest records (an earlier version may have written
	 * others).
	 */
	public static Set<String> ours(Path folder) {
		Set<String> ours = new TreeSet<>(FILES);
		RunManifest manifest = manifest(folder);
		if (manifest != null) {
			manifest.outputs()
				.stream()
				.map(RunManifest.OutputFile::name)
				.filter((name) -> name.matches("[^/\\\\]+") && !name.matches("\\.+"))
				.forEach(ours::add);
		}
		return ours;
	}

	private static @Nullable RunManifest manifest(Path folder) {
		Path file = folder.resolve(PublishTasklet.MANIFEST);
		if (!Files.isRegularFile(file)) {
			return null;
		}
		try {
			return RunManifest.read(file);
		}
		catch (IOException | JacksonException ex) {
			return null;
		}
	}

}

package com.returnscope.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.returnscope.job.Sha256;
import tools.jackson.core.JacksonException;

/**
 * What a published folder holds: whether it is a run's complete outputs, as its
 * run-manifest.json records them.
 */
public final class PublishedRun {

	private PublishedRun() {
	}

	/**
	 * Whether {@code folder} holds the outputs of run {@code runId}: its manifest names
	 * that run, and every file the manifest records is there with the recorded SHA-256.
	 */
	public static boolean isIntact(Path folder, long runId) {
		Path file = folder.resolve(PublishTasklet.MANIFEST);
		if (!Files.isRegularFile(file)) {
			return false;
		}
		RunManifest manifest;
		try {
			manifest = RunManifest.read(file);
		}
		catch (IOException | JacksonException ex) {
			return false;
		}
		return manifest.runId() == runId && manifest.outputs()
			.stream()
			.allMatch((output) -> Files.isRegularFile(folder.resolve(output.name()))
					&& Sha256.of(folder.resolve(output.name())).equals(output.sha256()));
	}

}

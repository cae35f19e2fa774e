package com.returnscope.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The folders of one run's outputs. Files are written into the run's own
 * {@code .<run-date>.run-<id>.partial/} and the folder is renamed to {@code <run-date>/}
 * only when everything is written, so a failed or running run never leaves a folder that
 * looks complete, and two runs never write into one folder. A previous folder of the same
 * date is replaced.
 */
public final class RunOutputs {

	private final Path root;

	private final LocalDate runDate;

	private final long runId;

	public RunOutputs(Path root, LocalDate runDate, long runId) {
		this.root = root;
		this.runDate = runDate;
		this.runId = runId;
	}

	/** The published folder. */
	public Path target() {
		return this.root.resolve(this.runDate.toString());
	}

	/** The folder being written, created on first use. */
	public Path staging() {
		Path staging = stagingPath();
		try {
			Files.createDirectories(staging);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create " + staging, ex);
		}
		return staging;
	}

	private Path stagingPath() {
		return this.root.resolve("." + this.runDate + ".run-" + this.runId + ".partial");
	}

	/** A file in the folder being written. */
	public Path file(String name) {
		return staging().resolve(name);
	}

	/** Removes what an earlier, failed attempt left in the folder being written. */
	public void clearStaging() {
		deleteTree(stagingPath());
	}

	/** The files written so far, by name. */
	public List<Path> stagedFiles() {
		try (Stream<Path> files = Files.list(staging())) {
			return files.filter(Files::isRegularFile).sorted(Comparator.comparing(Path::getFileName)).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list " + staging(), ex);
		}
	}

	/** Moves the written folder into place, replacing an earlier one of the same date. */
	public void publish(long executionId) {
		Path staging = staging();
		Path target = target();
		Path replaced = this.root.resolve("." + this.runDate + ".replaced-" + executionId);
		try {
			if (Files.exists(target)) {
				move(target, replaced);
			}
			move(staging, target);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot publish " + staging + " as " + target, ex);
		}
		deleteTree(replaced);
	}

	private static void move(Path from, Path to) throws IOException {
		try {
			Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (AtomicMoveNotSupportedException ex) {
			Files.move(from, to);
		}
	}

	private static void deleteTree(Path folder) {
		if (!Files.exists(folder)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(folder)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot delete " + folder, ex);
		}
	}

}

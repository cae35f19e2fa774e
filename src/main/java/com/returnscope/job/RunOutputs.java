package com.returnscope.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The folders of one run's outputs. Files are written into the run's own
 * {@code .<run-date>.run-<id>.partial/} and the folder is renamed to {@code <run-date>/}
 * only when everything is written, so a failed or running run never leaves a folder that
 * looks complete, and two runs never write into one folder. A previous folder of the same
 * date is replaced only when it holds nothing but files the run writes: anything else in
 * it is someone else's, and is never deleted.
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

	private static final DateTimeFormatter ASIDE_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

	/**
	 * Checks, before any work, that the run can write into {@code root}: creates it when
	 * missing and writes and deletes a file in it.
	 * @throws OutputFolderException naming the folder and why not
	 */
	public static void checkWritable(Path root) {
		try {
			if (Files.exists(root) && !Files.isDirectory(root)) {
				throw new OutputFolderException("cannot write the output folder " + root + ": it is a file");
			}
			Files.createDirectories(root);
			Files.delete(Files.createTempFile(root, ".returnscope-", ".probe"));
		}
		catch (IOException ex) {
			throw new OutputFolderException("cannot write the output folder " + root + " (" + reason(ex) + ")");
		}
	}

	private static String reason(IOException ex) {
		if (ex instanceof AccessDeniedException) {
			return "permission denied";
		}
		if (ex instanceof FileAlreadyExistsException) {
			return ex.getMessage() + " is a file";
		}
		if (ex instanceof FileSystemException fs && fs.getReason() != null) {
			return fs.getReason() + ((fs.getFile() != null) ? ": " + fs.getFile() : "");
		}
		return ex.toString();
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

	/**
	 * What the published folder holds that the run does not write: each entry not named
	 * in {@code ours} or not a plain file, by name; the folder itself when it is not a
	 * folder. Empty when there is no published folder.
	 */
	public List<Path> foreignEntries(Set<String> ours) {
		Path target = target();
		if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
			return List.of();
		}
		if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
			return List.of(target);
		}
		try (Stream<Path> entries = Files.list(target)) {
			return entries
				.filter((entry) -> !ours.contains(entry.getFileName().toString())
						|| !Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS))
				.sorted(Comparator.comparing(Path::getFileName))
				.toList();
		}
		catch (IOException ex) {
			throw new OutputFolderException("cannot read " + target + " (" + reason(ex) + ")");
		}
	}

	/** The failure that names what the published folder holds that is not the run's. */
	public OutputFolderException notOurs(List<Path> foreign) {
		if (foreign.equals(List.of(target()))) {
			return new OutputFolderException(target() + " is a file, not a run's folder");
		}
		return new OutputFolderException(target() + " holds " + names(foreign) + ", which the run does not write");
	}

	/**
	 * Moves {@code foreign} (from {@link #foreignEntries}) into a new folder
	 * {@code <run-date>.aside-<yyyyMMdd-HHmmss>/} beside the published one, and returns
	 * that folder.
	 */
	public Path moveAside(List<Path> foreign) {
		String stamp = this.runDate + ".aside-" + LocalDateTime.now().format(ASIDE_STAMP);
		Path aside = this.root.resolve(stamp);
		try {
			for (int n = 2; Files.exists(aside, LinkOption.NOFOLLOW_LINKS); n++) {
				aside = this.root.resolve(stamp + "-" + n);
			}
			Files.createDirectory(aside);
			for (Path entry : foreign) {
				move(entry, aside.resolve(entry.getFileName().toString()));
			}
		}
		catch (IOException ex) {
			throw new OutputFolderException(
					"cannot move " + names(foreign) + " aside into " + aside + " (" + reason(ex) + ")");
		}
		return aside;
	}

	/** The entries' names, a folder's with a trailing slash. */
	public static String names(List<Path> entries) {
		return entries.stream()
			.map((entry) -> entry.getFileName() + (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS) ? "/" : ""))
			.collect(Collectors.joining(", "));
	}

	/**
	 * Moves the written folder into place. An earlier folder of the same date is replaced
	 * only when it holds nothing but {@code ours}; otherwise nothing moves.
	 * @throws OutputFolderException naming what the earlier folder holds that is not ours
	 */
	public void publish(long executionId, Set<String> ours) {
		List<Path> foreign = foreignEntries(ours);
		if (!foreign.isEmpty()) {
			throw notOurs(foreign);
		}
		Path staging = staging();
		Path target = target();
		Path replaced = this.root.resolve("." + this.runDate + ".replaced-" + executionId);
		try {
			if (Files.exists(target)) {
				move(target, replaced);
			}
			move(staging, target);
			deleteOurs(replaced, ours);
		}
		catch (IOException ex) {
			throw new OutputFolderException("cannot publish " + staging + " as " + target + " (" + reason(ex) + ")");
		}
	}

	/**
	 * Deletes the files of ours from the replaced folder, then the folder; should
	 * anything else have appeared in it since it was checked, the folder stays with it.
	 */
	private static void deleteOurs(Path replaced, Set<String> ours) throws IOException {
		if (!Files.exists(replaced)) {
			return;
		}
		for (String name : ours) {
			Path file = replaced.resolve(name);
			if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
				Files.delete(file);
			}
		}
		try {
			Files.delete(replaced);
		}
		catch (DirectoryNotEmptyException ex) {
			// not ours: left where it is
		}
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

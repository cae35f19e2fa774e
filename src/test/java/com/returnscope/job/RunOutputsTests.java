package com.returnscope.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Publishing a run's folder replaces only the files the job writes: anything else in the
 * date's folder is someone else's, and stops the publishing or is moved aside on request.
 */
class RunOutputsTests {

	private static final Set<String> OURS = Set.of("decisions.csv", "run-manifest.json");

	@TempDir
	Path root;

	@Test
	void publishingReplacesAnEarlierFolderOfTheJobsOwnFiles() throws Exception {
		// given a published folder of the job's own files
		RunOutputs first = staged(1, "decisions.csv", "first");
		first.publish(1, OURS);

		// when the next run publishes
		RunOutputs second = staged(2, "decisions.csv", "second");
		second.publish(2, OURS);

		// then its folder replaces the first, and nothing is left beside it
		assertThat(this.root.resolve("2026-11-25/decisions.csv")).hasContent("second");
		assertThat(this.root).isDirectoryContaining("glob:**/2026-11-25")
			.isDirectoryNotContaining("glob:**/.2026-11-25*");
	}

	@Test
	void publishingRefusesAFolderThatHoldsFilesNotTheJobs() throws Exception {
		// given a published folder with a note and a sub-folder of the user's own
		staged(1, "decisions.csv", "first").publish(1, OURS);
		Files.writeString(this.root.resolve("2026-11-25/notes.txt"), "mine");
		Files.createDirectories(this.root.resolve("2026-11-25/drafts"));
		RunOutputs second = staged(2, "decisions.csv", "second");

		// when the next run publishes, it is refused with a line naming them
		assertThatExceptionOfType(OutputFolderException.class).isThrownBy(() -> second.publish(2, OURS))
			.withMessage(this.root.resolve("2026-11-25") + " holds drafts/, notes.txt, which the run does not write");

		// and nothing moved
		assertThat(this.root.resolve("2026-11-25/decisions.csv")).hasContent("first");
		assertThat(this.root.resolve("2026-11-25/notes.txt")).hasContent("mine");
	}

	@Test
	void whatIsNotTheJobsIsMovedAsideOnRequest() throws Exception {
		// given a folder holding a note, a sub-folder and a folder named as a file of
		// ours
		RunOutputs outputs = new RunOutputs(this.root, LocalDate.of(2026, 11, 25), 1);
		Files.createDirectories(this.root.resolve("2026-11-25/drafts"));
		Files.createDirectories(this.root.resolve("2026-11-25/decisions.csv"));
		Files.writeString(this.root.resolve("2026-11-25/notes.txt"), "mine");
		Files.writeString(this.root.resolve("2026-11-25/run-manifest.json"), "{}");
		List<Path> foreign = outputs.foreignEntries(OURS);
		assertThat(RunOutputs.names(foreign)).isEqualTo("decisions.csv/, drafts/, notes.txt");

		// when they are moved aside
		Path aside = outputs.moveAside(foreign);

		// then they are in a folder of their own beside it, and the job's file stays
		assertThat(aside.getFileName().toString()).matches("2026-11-25\\.aside-\\d{8}-\\d{6}");
		assertThat(aside.resolve("notes.txt")).hasContent("mine");
		assertThat(aside.resolve("drafts")).isDirectory();
		assertThat(aside.resolve("decisions.csv")).isDirectory();
		assertThat(outputs.foreignEntries(OURS)).isEmpty();
		assertThat(this.root.resolve("2026-11-25/run-manifest.json")).exists();
	}

	@Test
	void aFileWhereTheFolderGoesIsNotTheJobs() throws Exception {
		RunOutputs outputs = new RunOutputs(this.root, LocalDate.of(2026, 11, 25), 1);
		Files.writeString(this.root.resolve("2026-11-25"), "a file of that name");

		assertThat(outputs.foreignEntries(OURS)).containsExactly(this.root.resolve("2026-11-25"));
		assertThat(outputs.notOurs(outputs.foreignEntries(OURS)))
			.hasMessage(this.root.resolve("2026-11-25") + " is a file, not a run's folder");
	}

	@Test
	void anOutputFolderThatIsAFileCannotBeWritten() throws Exception {
		Path file = Files.writeString(this.root.resolve("output"), "not a folder");

		assertThatExceptionOfType(OutputFolderException.class).isThrownBy(() -> RunOutputs.checkWritable(file))
			.withMessage("cannot write the output folder " + file + ": it is a file");
		assertThatExceptionOfType(OutputFolderException.class)
			.isThrownBy(() -> RunOutputs.checkWritable(file.resolve("below")))
			.withMessageStartingWith("cannot write the output folder " + file.resolve("below") + " (");
	}

	private RunOutputs staged(long runId, String name, String content) throws Exception {
		RunOutputs outputs = new RunOutputs(this.root, LocalDate.of(2026, 11, 25), runId);
		Files.writeString(outputs.file(name), content);
		Files.writeString(outputs.file("run-manifest.json"), "{}");
		return outputs;
	}

}

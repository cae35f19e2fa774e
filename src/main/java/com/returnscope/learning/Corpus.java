package com.returnscope.learning;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/** Reads and writes corpus CSV files: a file, or every {@code *.csv} of a folder. */
final class Corpus {

	static final String[] COLUMNS = { "id", "language", "kind", "category", "subreason", "written", "text" };

	private Corpus() {
	}

	/** The texts of a file, or of a folder's CSV files in name order. */
	static List<LabelledText> read(Path fileOrFolder) {
		List<LabelledText> texts = new ArrayList<>();
		for (Path file : files(fileOrFolder)) {
			texts.addAll(readFile(file));
		}
		return texts;
	}

	static List<Path> files(Path fileOrFolder) {
		if (!Files.isDirectory(fileOrFolder)) {
			if (!Files.isRegularFile(fileOrFolder)) {
				throw new UncheckedIOException(fileOrFolder + ": no such file or folder",
						new NoSuchFileException(fileOrFolder.toString()));
			}
			return List.of(fileOrFolder);
		}
		try (Stream<Path> files = Files.list(fileOrFolder)) {
			return files.filter((file) -> file.getFileName().toString().endsWith(".csv"))
				.sorted(Comparator.comparing(Path::toString))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A file's texts; {@code written} may be missing (texts older than the guide). */
	private static List<LabelledText> readFile(Path file) {
		CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
				CSVParser parser = CSVParser.parse(reader, format)) {
			boolean written = parser.getHeaderMap().containsKey("written");
			List<LabelledText> texts = new ArrayList<>();
			for (CSVRecord record : parser) {
				texts.add(new LabelledText(record.get("id"), record.get("language"), record.get("kind"),
						record.get("category"), record.get("subreason"), written ? record.get("written") : "",
						record.get("text")));
			}
			return texts;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + file, ex);
		}
	}

	static void write(Path file, List<LabelledText> texts) {
		try {
			Files.createDirectories(file.getParent());
			try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
					CSVPrinter csv = new CSVPrinter(writer,
							CSVFormat.RFC4180.builder().setHeader(COLUMNS).setRecordSeparator('\n').get())) {
				for (LabelledText text : texts) {
					csv.printRecord(text.id(), text.language(), text.kind(), text.category(), text.subreason(),
							text.written(), text.text());
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write " + file, ex);
		}
	}

}

package com.returnscope.learning;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.returnscope.domain.Category;
import com.returnscope.policy.Policy;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;

/**
 * Reviewers' labels of buyer texts, added to the training texts: a CSV with the columns
 * {@code return_id, category, subreason, text} (until the history store keeps the labels,
 * this file is how they reach the corpus). Each becomes the text {@code rv-RETURN_ID} of
 * {@code train/reviewed.csv}, kind {@code reviewed}, written {@code reviewer}; a return
 * labelled again replaces its earlier label.
 */
final class ReviewerLabels {

	static final String FILE = "reviewed.csv";

	private ReviewerLabels() {
	}

	/** Adds the labels; returns how many reviewed texts the corpus now holds. */
	static int addToCorpus(Path labels, Path corpus, Policy policy) {
		Path file = corpus.resolve("train").resolve(FILE);
		Map<String, LabelledText> reviewed = new LinkedHashMap<>();
		if (Files.isRegularFile(file)) {
			Corpus.read(file).forEach((text) -> reviewed.put(text.id(), text));
		}
		for (LabelledText text : read(labels, policy)) {
			reviewed.put(text.id(), text);
		}
		List<LabelledText> texts = new ArrayList<>(reviewed.values());
		texts.sort(Comparator.comparing(LabelledText::id));
		Corpus.write(file, texts);
		return texts.size();
	}

	private static List<LabelledText> read(Path labels, Policy policy) {
		if (!Files.isRegularFile(labels)) {
			throw new UncheckedIOException(labels + ": labels file not found",
					new NoSuchFileException(labels.toString()));
		}
		CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
		List<LabelledText> texts = new ArrayList<>();
		try (Reader reader = new InputStreamReader(
				BOMInputStream.builder().setInputStream(Files.newInputStream(labels)).get(), StandardCharsets.UTF_8);
				CSVParser parser = CSVParser.parse(reader, format)) {
			for (String column : List.of("return_id", "category", "subreason", "text")) {
				if (!parser.getHeaderMap().containsKey(column)) {
					throw new IllegalArgumentException(labels + ": missing column " + column);
				}
			}
			for (CSVRecord record : parser) {
				String category = record.get("category").toUpperCase(Locale.ROOT);
				String subreason = record.get("subreason").toUpperCase(Locale.ROOT);
				String where = labels + ": line " + parser.getCurrentLineNumber();
				if (record.get("return_id").isEmpty() || record.get("text").isBlank()) {
					throw new IllegalArgumentException(where + ": return_id and text are required");
				}
				if (!(category.equals(Category.UNCLASSIFIED.name()) && subreason.isEmpty())) {
					policy.reason(category + "/" + subreason, where);
				}
				texts.add(new LabelledText("rv-" + record.get("return_id"), "und", "reviewed", category, subreason,
						"reviewer", record.get("text")));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + labels, ex);
		}
		return texts;
	}

}

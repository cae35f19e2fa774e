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

import com.returnscope.classification.ReviewerLabelHistory;
import com.returnscope.domain.Category;
import com.returnscope.domain.Reason;
import com.returnscope.policy.Policy;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;

/**
 * Reviewers' labels of buyer texts, added to the training texts: from the history store
 * (the labels the runs' overrides files carried, kept with the text each labelled; the
 * latest label of each return counts), or from a CSV with the columns
 * {@code return_id, category, subreason, text}. Each becomes the text
 * {@code rv-RETURN_ID} of {@code train/reviewed.csv}, kind {@code reviewed}, written
 * {@code reviewer}; a return labelled again replaces its earlier label.
 */
final class ReviewerLabels {

	static final String FILE = "reviewed.csv";

	/**
	 * What a retrain took from the history.
	 *
	 * @param reviewed the reviewed texts the corpus now holds
	 * @param added the labels read, each with a text
	 * @param withoutText labels of returns the history holds no text for, left out
	 * @param unknownReason labels of a reason this policy does not define, left out
	 */
	record FromHistory(int reviewed, int added, int withoutText, int unknownReason) {
	}

	private ReviewerLabels() {
	}

	/** Adds the labels of a CSV; returns how many reviewed texts the corpus now holds. */
	static int addToCorpus(Path labels, Path corpus, Policy policy) {
		return merge(read(labels, policy), corpus);
	}

	/** Adds the latest label of every return the history holds a label for. */
	static FromHistory addFromHistory(ReviewerLabelHistory history, Path corpus, Policy policy) {
		List<LabelledText> texts = new ArrayList<>();
		int[] withoutText = { 0 };
		int[] unknownReason = { 0 };
		history.forEachLatest((label) -> {
			Reason reason = label.reason();
			if (label.reasonText() == null || label.reasonText().isBlank()) {
				withoutText[0]++;
			}
			else if (!reason.equals(Reason.UNCLASSIFIED)
					&& !policy.categories().getOrDefault(reason.category(), List.of()).contains(reason.subreason())) {
				unknownReason[0]++;
			}
			else {
				texts.add(text(label.returnId(), reason.category().name(), reason.subreason(), label.reasonText()));
			}
		});
		return new FromHistory(merge(texts, corpus), texts.size(), withoutText[0], unknownReason[0]);
	}

	private static int merge(List<LabelledText> labels, Path corpus) {
		Path file = corpus.resolve("train").resolve(FILE);
		Map<String, LabelledText> reviewed = new LinkedHashMap<>();
		if (Files.isRegularFile(file)) {
			Corpus.read(file).forEach((text) -> reviewed.put(text.id(), text));
		}
		for (LabelledText text : labels) {
			reviewed.put(text.id(), text);
		}
		List<LabelledText> texts = new ArrayList<>(reviewed.values());
		texts.sort(Comparator.comparing(LabelledText::id));
		Corpus.write(file, texts);
		return texts.size();
	}

	private static LabelledText text(String returnId, String category, String subreason, String text) {
		return new LabelledText("rv-" + returnId, "und", "reviewed", category, subreason, "reviewer", text);
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
				texts.add(text(record.get("return_id"), category, subreason, record.get("text")));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + labels, ex);
		}
		return texts;
	}

}

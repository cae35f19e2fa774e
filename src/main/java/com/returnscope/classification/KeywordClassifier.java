package com.returnscope.classification;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import com.returnscope.domain.Category;
import com.returnscope.domain.Reason;
import com.returnscope.policy.Policy;
import org.jspecify.annotations.Nullable;

/**
 * Classifies a buyer's own words by the policy's multilingual terms. Of all terms found
 * and not negated, the one of the highest priority wins; then the category that comes
 * first in the policy's tie-break; then the longer match; then the earlier one. A text
 * that matches nothing stays unclassified: nothing is guessed.
 */
final class KeywordClassifier {

	/** The winning term: the reason it indicates and the term as the policy writes it. */
	record Match(Reason reason, String term) {
	}

	/** A term found in a text, as the lexicon's checks see it. */
	record Found(Policy.TermFile file, String term, Reason reason, boolean negated) {
	}

	private final TextNormalizer normalizer;

	private final Negation negation;

	private final TermPattern.Gap gap;

	private final TermPattern[] patterns;

	private final Reason[] reasons;

	private final int[] priorities;

	private final int[] categoryRanks;

	private final Policy.TermFile[] files;

	private final TermIndex index;

	KeywordClassifier(Policy policy) {
		Policy.Keywords keywords = policy.keywords();
		this.normalizer = new TextNormalizer(keywords.normalization().characterFolds(),
				keywords.normalization().spellings());
		this.negation = new Negation(keywords.negation(), this.normalizer);
		this.gap = new TermPattern.Gap(keywords.gapWords(), keywords.gapCharacters());
		List<Category> tieBreak = policy.classification().tieBreak();
		record Term(TermPattern pattern, Reason reason, int priority, int rank, Policy.TermFile file) {
		}
		List<Term> terms = new ArrayList<>();
		for (Policy.TermGroup group : keywords.groups()) {
			Reason reason = policy.reason(group.reason(), policy.parts().lexicon());
			for (Policy.TermFile file : group.files()) {
				for (String term : file.terms()) {
					terms.add(new Term(TermPattern.compile(term, this.normalizer, policy.termFileName(file)), reason,
							group.priority(), tieBreak.indexOf(reason.category()), file));
				}
			}
		}
		// Strongest first (a stable sort keeps the policy's order among equals): once one
		// matches, the weaker terms that share its head are set aside without a check.
		terms.sort(Comparator.comparingInt(Term::priority).reversed().thenComparingInt(Term::rank));
		this.patterns = terms.stream().map(Term::pattern).toArray(TermPattern[]::new);
		this.reasons = terms.stream().map(Term::reason).toArray(Reason[]::new);
		this.priorities = terms.stream().mapToInt(Term::priority).toArray();
		this.categoryRanks = terms.stream().mapToInt(Term::rank).toArray();
		this.files = terms.stream().map(Term::file).toArray(Policy.TermFile[]::new);
		List<TermPattern> patterns = List.of(this.patterns);
		this.index = new TermIndex(patterns.stream().map(TermPattern::head).toList());
	}

	/** How this lexicon normalises texts; the model shares its character folds. */
	TextNormalizer normalizer() {
		return this.normalizer;
	}

	@Nullable Match classify(String text) {
		String normalized = this.normalizer.normalize(text);
		if (normalized.isEmpty()) {
			return null;
		}
		Best best = new Best();
		this.index.forEachHead(normalized, (term, start, headEnd) -> {
			if (best.beats(term, start, Integer.MAX_VALUE)) {
				int end = this.patterns[term].matchAt(normalized, headEnd, this.gap);
				if (end >= 0 && best.beats(term, start, end) && !this.negation.negates(normalized, start)) {
					best.take(term, start, end);
				}
			}
		});
		return (best.term >= 0) ? new Match(this.reasons[best.term], this.patterns[best.term].written()) : null;
	}

	/**
	 * Every term found in the text, negated or not: what the lexicon's own checks (its
	 * examples, shadowed terms) need, slower than {@link #classify}.
	 */
	List<Found> findAll(String text) {
		String normalized = this.normalizer.normalize(text);
		List<Found> found = new ArrayList<>();
		this.index.forEachHead(normalized, (term, start, headEnd) -> {
			if (this.patterns[term].matchAt(normalized, headEnd, this.gap) >= 0) {
				found.add(new Found(this.files[term], this.patterns[term].written(), this.reasons[term],
						this.negation.negates(normalized, start)));
			}
		});
		return found;
	}

	/**
	 * The best match so far; comparisons are cheap so that most candidates stop early.
	 */
	private final class Best {

		private int term = -1;

		private int start;

		private int length;

		/**
		 * Whether a candidate could beat the best so far; with {@code end} unknown
		 * ({@code MAX_VALUE}) it answers whether checking the candidate is worth it.
		 */
		boolean beats(int candidate, int candidateStart, int end) {
			if (this.term < 0) {
				return true;
			}
			int byPriority = Integer.compare(priorities[candidate], priorities[this.term]);
			if (byPriority != 0) {
				return byPriority > 0;
			}
			int byCategory = Integer.compare(categoryRanks[this.term], categoryRanks[candidate]);
			if (byCategory != 0) {
				return byCategory > 0;
			}
			int byLength = Long.compare((long) end - candidateStart, this.length);
			if (byLength != 0) {
				return byLength > 0;
			}
			return candidateStart < this.start;
		}

		void take(int candidate, int candidateStart, int end) {
			this.term = candidate;
			this.start = candidateStart;
			this.length = end - candidateStart;
		}

	}

}

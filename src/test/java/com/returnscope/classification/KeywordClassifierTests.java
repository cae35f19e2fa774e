package com.returnscope.classification;

import java.util.List;
import java.util.Map;

import com.returnscope.policy.Policy;
import com.returnscope.policy.PolicyLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The matching mechanics on a small policy of its own, so that they are tested apart from
 * the shipped term lists: stems, gaps, Chinese without spaces, negation, priority and the
 * category tie-break.
 */
class KeywordClassifierTests {

	private static final Policy DEFAULT = PolicyLoader.load(PolicyLoader.DEFAULT_LOCATION).policy();

	private final KeywordClassifier classifier = new KeywordClassifier(
			withGroups(List.of(group("QUALITY/DEFECTIVE", 1, "stop* work*", "broken", "defect*", "не работает", "坏了"),
					group("QUALITY/WRONG_ITEM", 1, "wrong item"),
					group("CHANGE_OF_MIND/ORDERED_BY_MISTAKE", 2, "ordered the wrong"),
					group("LOGISTICS/DAMAGED_IN_TRANSIT", 1, "damaged", "损坏"),
					group("LOGISTICS/DAMAGED_IN_TRANSIT", 2, "arrived ... broken", "courier dropped"),
					group("CHANGE_OF_MIND/NO_LONGER_NEEDED", 1, "changed my mind", "no longer need*", "不想要"),
					group("QUALITY/COLOR_DIFFERENCE", 1, "颜色...不一样"))));

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			It STOPPED working after a day          | QUALITY/DEFECTIVE               | stop* work*
			the fan stops  working                  | QUALITY/DEFECTIVE               | stop* work*
			Defective unit                          | QUALITY/DEFECTIVE               | defect*
			не работает                             | QUALITY/DEFECTIVE               | не работает
			收到的时候就坏了                           | QUALITY/DEFECTIVE               | 坏了
			we no longer needed them                | CHANGE_OF_MIND/NO_LONGER_NEEDED | no longer need*
			not damaged, I just changed my mind     | CHANGE_OF_MIND/NO_LONGER_NEEDED | changed my mind
			没有损坏，只是不想要了                       | CHANGE_OF_MIND/NO_LONGER_NEEDED | 不想要
			broken and I changed my mind            | QUALITY/DEFECTIVE               | broken
			damaged and I changed my mind           | LOGISTICS/DAMAGED_IN_TRANSIT    | damaged
			it arrived completely broken            | LOGISTICS/DAMAGED_IN_TRANSIT    | arrived ... broken
			the courier dropped it, now it is broken| LOGISTICS/DAMAGED_IN_TRANSIT    | courier dropped
			I ordered the wrong item                | CHANGE_OF_MIND/ORDERED_BY_MISTAKE | ordered the wrong
			you sent the wrong item                 | QUALITY/WRONG_ITEM              | wrong item
			颜色跟确认过的样品不一样                     | QUALITY/COLOR_DIFFERENCE        | 颜色...不一样
			not that it's broken, I changed my mind | CHANGE_OF_MIND/NO_LONGER_NEEDED | changed my mind
			""")
	void classifies(String text, String reason, String term) {
		KeywordClassifier.Match match = this.classifier.classify(text);
		assertThat(match).isNotNull();
		assertThat(match.reason()).hasToString(reason);
		assertThat(match.term()).isEqualTo(term);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			please call me
			unbroken seal
			it arrived. Later the kids broke it
			the box was not damaged
			nothing is broken
			brokenness
			颜色跟确认过的那批样品完全一模一样也不一样
			""")
	void leavesUnclassified(String text) {
		assertThat(this.classifier.classify(text)).isNull();
	}

	@Test
	void gapStaysWithinItsClause() {
		assertThat(this.classifier.classify("it arrived on time, the lid is broken"))
			.extracting(KeywordClassifier.Match::term)
			.isEqualTo("broken");
	}

	static Policy.TermGroup group(String reason, int priority, String... terms) {
		return new Policy.TermGroup(reason, priority,
				List.of(new Policy.TermFile("en/test.txt", "en", List.of(terms), List.of(), List.of())));
	}

	static Policy withGroups(List<Policy.TermGroup> groups) {
		Policy.Keywords keywords = DEFAULT.keywords();
		Policy.Negation negation = new Policy.Negation(3,
				Map.of("en", List.of("not", "no", "nothing"), "zh-hans", List.of("没有", "没", "不")),
				Map.of("en", List.of("but")));
		return new Policy(DEFAULT.version(), DEFAULT.name(), DEFAULT.categories(), DEFAULT.languages(),
				DEFAULT.windows(), DEFAULT.classification(), DEFAULT.freight(), DEFAULT.rules(),
				DEFAULT.appealCandidates(), DEFAULT.buyerNames(), DEFAULT.parts(), DEFAULT.reasonCodes(),
				new Policy.Keywords(keywords.normalization(), negation, 3, 8, groups, keywords.unsupportedLanguages()),
				null);
	}

}

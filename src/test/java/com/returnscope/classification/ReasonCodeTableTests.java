package com.returnscope.classification;

import com.returnscope.policy.PolicyLoader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The shipped code table, with the decorations real exports add. */
class ReasonCodeTableTests {

	private static final ReasonCodeTable CODES = new ReasonCodeTable(
			PolicyLoader.load(PolicyLoader.DEFAULT_LOCATION).policy());

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			DEFECTIVE                | QUALITY/DEFECTIVE
			defective                | QUALITY/DEFECTIVE
			DEFECTIVE(存在瑕疵)        | QUALITY/DEFECTIVE
			DEFECTIVE（存在瑕疵）       | QUALITY/DEFECTIVE
			CR-MISSING_PARTS         | QUALITY/MISSING_PARTS
			cr_missing parts         | QUALITY/MISSING_PARTS
			ORDERED_WRONG_ITEM       | CHANGE_OF_MIND/ORDERED_BY_MISTAKE
			QUALITY_UNACCEPTABLE     | QUALITY/DEFECTIVE
			arrived damaged          | LOGISTICS/DAMAGED_IN_TRANSIT
			SIZE_TOO_SMALL           | CHANGE_OF_MIND/DOES_NOT_FIT_NEEDS
			COLOR                    | CHANGE_OF_MIND/DOES_NOT_FIT_NEEDS
			PDD                      | QUALITY/NOT_AS_DESCRIBED
			PNR                      | LOGISTICS/LOST_IN_TRANSIT
			CS                       | CHANGE_OF_MIND/NO_LONGER_NEEDED
			CO                       | CHANGE_OF_MIND/ORDERED_BY_MISTAKE
			CV                       | QUALITY/COLOR_DIFFERENCE
			DM                       | QUALITY/DEFECTIVE
			DR                       | QUALITY/DEFECTIVE
			PW                       | QUALITY/DEFECTIVE
			NA                       | QUALITY/NOT_AS_DESCRIBED
			WG                       | QUALITY/WRONG_ITEM
			少件/漏发                  | QUALITY/MISSING_PARTS
			七天无理由退货              | CHANGE_OF_MIND/NO_LONGER_NEEDED
			""")
	void mapsPinnedAndDecoratedCodes(String code, String reason) {
		assertThat(CODES.lookup(code)).hasToString(reason);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(textBlock = """
			OTHER
			UNKNOWN
			NO_REASON_GIVEN
			PDD9939
			''
			""")
	void leavesUninformativeAndUnknownCodesToTheText(String code) {
		assertThat(CODES.lookup(code)).isNull();
	}

}

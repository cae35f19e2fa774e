package com.returnscope.decision;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Buyer names compared as the policy says, with its shipped suffix list. */
class BuyerNamesTests {

	private static final BuyerNames NAMES = new BuyerNames(List.of("co", "ltd", "llc", "inc", "corp", "gmbh", "ag",
			"sa", "sl", "sarl", "sas", "srl", "bv", "pty", "pvt", "ltda", "kk", "有限公司"));

	@ParameterizedTest(name = "{0} = {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Acme Co., Ltd.            | ACME co ltd
			Acme Co., Ltd.            | Acme
			Müller GmbH               | MÜLLER  gmbh
			Van Dijk Retail B.V.      | van dijk retail bv
			Ｆｕｌｌ Ｗｉｄｔｈ Ｌｔｄ   | full width
			深圳市华强电子有限公司        | 深圳市华强电子
			Straße AG                 | STRASSE
			""")
	void sameBuyer(String a, String b) {
		assertThat(NAMES.same(a, b)).isTrue();
	}

	@ParameterizedTest(name = "{0} != {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Acme Trading Co., Ltd.    | Acme Trade Co., Ltd.
			Nordic Supply AB          | Baltic Supply AB
			Co Ltd                    | Acme
			Acme Holding              | Acme
			""")
	void differentBuyer(String a, String b) {
		assertThat(NAMES.same(a, b)).isFalse();
	}

}

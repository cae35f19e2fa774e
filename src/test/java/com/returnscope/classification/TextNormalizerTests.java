package com.returnscope.classification;

import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class TextNormalizerTests {

	private final TextNormalizer normalizer = new TextNormalizer(Map.of("ß", "ss", "壞", "坏", "損", "损"),
			Map.of("recieved", "received", "brocken", "broken"));

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '=', textBlock = """
			Stopped   WORKING!!             = stopped working
			Ｓｔｏｐｐｅｄ　ｗｏｒｋｉｎｇ      = stopped working
			Dañado, no funciona             = danado | no funciona
			Не работает                     = не работает
			don't like it                   = dont like it
			doesn’t turn on                 = doesnt turn on
			l'article est cassé             = l article est casse
			Straße beschädigt               = strasse beschadigt
			220V ordered, 110V delivered    = 220 v ordered | 110 v delivered
			收到的iPhone坏了                  = 收到的 iphone 坏了
			收到時已經壞了，損壞嚴重             = 收到時已經坏了 | 损坏嚴重
			I recieved it BROCKEN           = i received it broken
			'   '                           = ''
			!!!                             = ''
			Great 👍 product                = great product
			""", emptyValue = "")
	void normalizes(String text, String expected) {
		assertThat(this.normalizer.normalize(text)).isEqualTo(expected);
	}

}

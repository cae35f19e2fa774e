package com.returnscope.classification;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.returnscope.domain.ClassifiedBy;
import com.returnscope.policy.PolicyLoader;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped lexicon and model together: the lexicon decides where the model does not
 * strongly disagree, the model fills what the lexicon leaves open when it is confident, a
 * strong disagreement leaves the text for a reviewer, and a language the policy does not
 * support is never given a category.
 */
class TextClassifierTests {

	private static final TextClassifier CLASSIFIER = new TextClassifier(
			PolicyLoader.load(PolicyLoader.DEFAULT_LOCATION).policy());

	@Test
	void theLexiconDecidesWhenTheModelAgrees() {
		TextClassifier.Reading reading = CLASSIFIER.read("phone heats up and freezes when I open the camera");

		assertThat(reading.by()).isEqualTo(ClassifiedBy.KEYWORD);
		assertThat(reading.reason()).hasToString("QUALITY/DEFECTIVE");
		assertThat(reading.matchedTerm()).isEqualTo("freez*");
		assertThat(reading.confidence()).isBetween(new java.math.BigDecimal("0.40"), java.math.BigDecimal.ONE);
	}

	@Test
	void theModelFillsWhatTheLexiconLeavesOpenAndNamesItsCues() {
		// given a text no term matches
		assertThat(CLASSIFIER.lexiconOnly("sorry i clicked the blue one but wanted black").by())
			.isEqualTo(ClassifiedBy.NONE);

		TextClassifier.Reading reading = CLASSIFIER.read("sorry i clicked the blue one but wanted black");

		assertThat(reading.by()).isEqualTo(ClassifiedBy.MODEL);
		assertThat(reading.reason()).hasToString("CHANGE_OF_MIND/ORDERED_BY_MISTAKE");
		assertThat(reading.confidence()).isGreaterThanOrEqualTo(new java.math.BigDecimal("0.85"));
		assertThat(reading.matchedTerm()).contains("\"clicked\"");
	}

	@Test
	void aDisagreementTheModelIsNotSureOfLeavesTheTextForAReviewerWithBothViews() {
		// given a term that reads a defect where the buyer's old device is the matter
		TextClassifier.Reading reading = CLASSIFIER.read("the charger doesnt connect to my old phone");

		assertThat(reading.by()).isEqualTo(ClassifiedBy.NONE);
		assertThat(reading.category()).isNull();
		assertThat(reading.detail()).startsWith("the keyword \"doesnt connect\" says QUALITY/DEFECTIVE (model ")
			.contains("but the model reads CHANGE_OF_MIND")
			.endsWith("): a reviewer decides");
	}

	@Test
	void anUnsureModelDoesNotDecide() {
		TextClassifier.Reading reading = CLASSIFIER.read("the package is here");

		assertThat(reading.by()).isEqualTo(ClassifiedBy.NONE);
		assertThat(reading.detail()).isEqualTo("the model's best reading LOGISTICS (0.56) is below 0.85");
	}

	@Test
	void aModelSureOfAnotherCategoryOverrulesTheKeywordAndSaysSo() {
		// given a text whose term reads the listing, though it tells of a late delivery
		String text = "the listing said delivery in a week but it took six weeks to get here";
		assertThat(CLASSIFIER.lexiconOnly(text).reason()).hasToString("QUALITY/NOT_AS_DESCRIBED");

		TextClassifier.Reading reading = CLASSIFIER.read(text);

		assertThat(reading.by()).isEqualTo(ClassifiedBy.MODEL);
		assertThat(reading.reason()).hasToString("LOGISTICS/LATE_DELIVERY");
		assertThat(reading.confidence()).isGreaterThanOrEqualTo(new java.math.BigDecimal("0.90"));
		assertThat(reading.detail())
			.startsWith("it overrules the keyword \"listing said\", which says QUALITY/NOT_AS_DESCRIBED (model ");
	}

	@ParameterizedTest(name = "{1}")
	@CsvSource(delimiter = '|', textBlock = """
			배터리가 고장났어요 환불해 주세요                   | Korean
			商品が壊れていました。返品したいです                | Japanese
			المنتج وصل مكسور وأريد استرجاع المبلغ            | Arabic
			สินค้าเสียหาย ต้องการคืนเงิน                       | Thai
			सामान टूटा हुआ आया है, पैसे वापस चाहिए             | Hindi
			המוצר הגיע שבור ואני רוצה החזר                    | Hebrew
			il prodotto è arrivato rotto, non funziona       | Italian
			het product werkt niet, ik wil graag mijn geld terug | Dutch
			товар прийшов зламаний, хочу повернути гроші і все | Ukrainian or Belarusian
			sản phẩm bị hỏng, tôi muốn trả lại               | Vietnamese
			ürün bozuk geldi, iade istiyorum                 | Turkish
			barang sudah rusak, saya mau kirim kembali       | Indonesian or Malay
			""")
	void anUnsupportedLanguageStaysUnclassified(String text, String language) {
		TextClassifier.Reading reading = CLASSIFIER.read(text);

		assertThat(reading.by()).isEqualTo(ClassifiedBy.NONE);
		assertThat(reading.category()).isNull();
		assertThat(reading.detail()).isEqualTo("language not supported (" + language + ")");
	}

	@Test
	void theGuardTellsEveryDevelopmentTextsLanguageRight() throws Exception {
		// given every development text: the supported languages', and texts in ten others
		// (corpus/dev/unsupported.csv: Vietnamese, Turkish, Indonesian and Polish typed
		// without their accents, romanised Hindi, Tagalog, Romanian, Swedish...)
		LanguageGuard guard = new LanguageGuard(
				PolicyLoader.load(PolicyLoader.DEFAULT_LOCATION).policy().keywords().unsupportedLanguages());
		List<String> wrong = new ArrayList<>();
		int supported = 0;
		int unsupported = 0;
		for (java.io.File file : Path.of("corpus/dev").toFile().listFiles()) {
			try (CSVParser parser = CSVParser.parse(file, java.nio.charset.StandardCharsets.UTF_8,
					CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
				for (CSVRecord record : parser) {
					boolean expected = record.get("kind").equals("unsupported");
					supported += expected ? 0 : 1;
					unsupported += expected ? 1 : 0;
					if ((guard.unsupported(record.get("text")) != null) != expected) {
						wrong.add(record.get("id"));
					}
				}
			}
		}
		// then it recognises every unsupported one and takes no supported one for another
		assertThat(supported).isGreaterThan(4000);
		assertThat(unsupported).isGreaterThanOrEqualTo(66);
		assertThat(wrong).isEmpty();
	}

	@Test
	void aTextWithoutWordsHasNoCategory() {
		assertThat(CLASSIFIER.read("!!! 👍").category()).isNull();
	}

}

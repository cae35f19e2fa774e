package com.returnscope.report;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import com.returnscope.policy.PolicyException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.within;

/**
 * The report's settings: its periods, the exchange-rates file and the Wilson interval.
 */
class ReportSettingsTests {

	@TempDir
	Path work;

	@Test
	void eachPeriodIsComparedWithTheSameLengthJustBefore() {
		LocalDate runDate = LocalDate.of(2026, 3, 31);

		assertThat(ReportPeriod.DAY.of(runDate).previous())
			.isEqualTo(new Period(ReportPeriod.DAY, LocalDate.of(2026, 3, 30), LocalDate.of(2026, 3, 30)));
		assertThat(ReportPeriod.LAST_30_DAYS.of(runDate))
			.isEqualTo(new Period(ReportPeriod.LAST_30_DAYS, LocalDate.of(2026, 3, 2), runDate));
		assertThat(ReportPeriod.LAST_30_DAYS.of(runDate).previous())
			.isEqualTo(new Period(ReportPeriod.LAST_30_DAYS, LocalDate.of(2026, 1, 31), LocalDate.of(2026, 3, 1)));
		// month to date on the 31st: February has 28 days, all of them
		assertThat(ReportPeriod.MONTH_TO_DATE.of(runDate).previous())
			.isEqualTo(new Period(ReportPeriod.MONTH_TO_DATE, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28)));
		assertThat(ReportPeriod.MONTH_TO_DATE.of(LocalDate.of(2026, 3, 10)).previous())
			.isEqualTo(new Period(ReportPeriod.MONTH_TO_DATE, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 10)));
	}

	@Test
	void theWilsonIntervalMatchesTheOneWorkedOutByHand() {
		// p = 4/5, z = 1.959963984540054: centre (p + z²/2n) / (1 + z²/n), half-width
		// z / (1 + z²/n) * sqrt(p(1 - p)/n + z²/4n²)
		Wilson interval = Wilson.of(4, 5);
		assertThat(interval.low()).isCloseTo(0.375534629763, within(1e-12));
		assertThat(interval.high()).isCloseTo(0.963775891368, within(1e-12));
		assertThat(Wilson.of(0, 1).low()).isZero();
		assertThat(Wilson.of(3, 2)).as("more returns than order lines: no interval").isNull();
		assertThat(Wilson.of(0, 0)).isNull();
	}

	@Test
	void exchangeRatesConvertIntoOneReportingCurrency() throws IOException {
		Path file = write(
				"from_currency,to_currency,rate,rate_date\nUSD,EUR,0.90,2026-11-24\ngbp,eur,1.15,2026-11-23\n");

		FxRates rates = FxRates.load(file);

		assertThat(rates.reportingCurrency()).isEqualTo("EUR");
		assertThat(rates.convert("USD", new BigDecimal("20.00"))).isEqualByComparingTo("18.00");
		assertThat(rates.convert("EUR", new BigDecimal("3.10"))).isEqualByComparingTo("3.10");
		assertThat(rates.convert("JPY", BigDecimal.ONE)).isNull();
		assertThat(rates.convert(Map.of("USD", new BigDecimal("10"), "GBP", new BigDecimal("10"))))
			.isEqualByComparingTo("20.50");
		assertThat(rates.rates().get("GBP").date()).isEqualTo(LocalDate.of(2026, 11, 23));
	}

	@Test
	void aBadExchangeRateNamesTheFileLineAndColumn() throws IOException {
		Path bad = write("from_currency,to_currency,rate,rate_date\nUSD,EUR,0.90,2026-11-24\nGBP,EUR,abc,2026-11-24\n");
		Path mixed = write(
				"from_currency,to_currency,rate,rate_date\nUSD,EUR,0.90,2026-11-24\nGBP,USD,1.2,2026-11-24\n");
		Path missing = write("currency,rate\nUSD,0.9\n");

		assertThatExceptionOfType(PolicyException.class).isThrownBy(() -> FxRates.load(bad))
			.withMessage(bad + ": line 3, column rate: 'abc' is not a decimal number like 0.9215");
		assertThatExceptionOfType(PolicyException.class).isThrownBy(() -> FxRates.load(mixed))
			.withMessage(mixed + ": line 3, column to_currency: is USD, but the rows above convert into EUR; all"
					+ " rates must convert into one reporting currency");
		assertThatExceptionOfType(PolicyException.class).isThrownBy(() -> FxRates.load(missing))
			.withMessage(missing + ": header: missing column from_currency");
	}

	private Path write(String content) throws IOException {
		Path file = Files.createTempFile(this.work, "fx-", ".csv");
		Files.writeString(file, content);
		return file;
	}

}

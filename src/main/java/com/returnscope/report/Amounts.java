package com.returnscope.report;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Amounts by currency: never added across currencies. Rendered as one text, largest first
 * ("USD 1,250.00 + EUR 80.00"), where one cell must hold them.
 */
final class Amounts {

	private final Map<String, BigDecimal> byCurrency = new TreeMap<>();

	void add(String currency, BigDecimal amount) {
		this.byCurrency.merge(currency, amount, BigDecimal::add);
	}

	BigDecimal get(String currency) {
		return this.byCurrency.getOrDefault(currency, BigDecimal.ZERO);
	}

	Map<String, BigDecimal> map() {
		return this.byCurrency;
	}

	boolean isEmpty() {
		return this.byCurrency.isEmpty();
	}

	@Override
	public String toString() {
		DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
		return this.byCurrency.entrySet()
			.stream()
			.filter((amount) -> amount.getValue().signum() != 0)
			.sorted(Map.Entry.<String, BigDecimal>comparingByValue(Comparator.reverseOrder())
				.thenComparing(Map.Entry.comparingByKey()))
			.map((amount) -> amount.getKey() + " " + format.format(amount.getValue()))
			.collect(Collectors.joining(" + "));
	}

}

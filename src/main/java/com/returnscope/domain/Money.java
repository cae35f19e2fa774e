package com.returnscope.domain;

import java.math.BigDecimal;
import java.util.Currency;

import org.jspecify.annotations.Nullable;

/**
 * Amounts as outputs print them: a plain decimal with the currency's minor digits (35.00
 * USD, 1200 JPY), never fewer digits than the amount has; without a currency, as few
 * digits as the amount needs. Staged amounts read back with four decimals.
 */
public final class Money {

	private Money() {
	}

	public static String plain(BigDecimal amount, @Nullable String currency) {
		BigDecimal stripped = amount.stripTrailingZeros();
		int scale = Math.max(stripped.scale(), 0);
		if (currency != null) {
			scale = Math.max(scale, Math.max(Currency.getInstance(currency).getDefaultFractionDigits(), 0));
		}
		return stripped.setScale(scale).toPlainString();
	}

	/** For sentences: "35.00 USD". */
	public static String withCurrency(BigDecimal amount, @Nullable String currency) {
		return plain(amount, currency) + ((currency != null) ? " " + currency : "");
	}

}

package com.returnscope.report;

/**
 * The Wilson score interval of a proportion: where the true rate lies, with 95 %
 * confidence, given {@code k} of {@code n}. Unlike the plain k/n ± error, it stays within
 * 0 to 1 and is honest for few order lines, so that a product is flagged for its rate and
 * not for its luck.
 */
record Wilson(double low, double high) {

	/** The normal quantile of 97.5 %: a two-sided 95 % interval. */
	private static final double Z = 1.959963984540054;

	/** The interval of k in n; null when n is 0 or k exceeds n. */
	static Wilson of(long k, long n) {
		if (n <= 0 || k > n || k < 0) {
			return null;
		}
		double p = (double) k / n;
		double z2 = Z * Z;
		double denominator = 1 + z2 / n;
		double centre = (p + z2 / (2 * n)) / denominator;
		double half = Z / denominator * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
		return new Wilson(Math.max(0, centre - half), Math.min(1, centre + half));
	}

}

package com.returnscope.generate;

/**
 * Where an order was placed: its order numbers look like that platform's, and its returns
 * carry that platform's reason codes (reason-codes.tsv).
 */
enum Platform {

	/** Alibaba.com Trade Assurance orders of business buyers. */
	ALIBABA("TAR", 35),

	/** Purchase orders of retail chains over EDI, with ANSI X12 return codes. */
	EDI("RA", 90),

	AMAZON("RMA", 85),

	EBAY("EBR", 85),

	SHOPIFY("SR", 80),

	ALIEXPRESS("IS", 60),

	MERCADOLIBRE("CL", 90);

	private static final long SPACE = 1_000_000_000_000L;

	private final String returnPrefix;

	private final int codePercent;

	Platform(String returnPrefix, int codePercent) {
		this.returnPrefix = returnPrefix;
		this.codePercent = codePercent;
	}

	/** How often a return of this platform carries a reason code, in percent. */
	int codePercent() {
		return this.codePercent;
	}

	/**
	 * The order number of order {@code index}: unique per index (a bijection of the index
	 * onto twelve digits), formatted as the platform writes them.
	 */
	String orderId(long index) {
		long x = scramble(index, 7_919_131L, 314_159_265_358L);
		return switch (this) {
			case ALIBABA -> "TA" + digits(x, 12);
			case EDI -> "PO-" + digits(x, 12);
			case AMAZON -> "11" + (x % 7 + 1) + "-" + digits((x % 9 + 1) * 1_000_000 + x / 10_000_000, 7) + "-"
					+ digits(x % 10_000_000, 7);
			case EBAY ->
				digits(x / 10_000_000_000L, 2) + "-" + digits(x / 100_000 % 100_000, 5) + "-" + digits(x % 100_000, 5);
			case SHOPIFY -> "#" + (1001 + index);
			case ALIEXPRESS -> "81" + digits(x, 14);
			case MERCADOLIBRE -> "2000" + digits(x, 12);
		};
	}

	/** The return number of the return made on order line {@code key}; unique per key. */
	String returnId(long key) {
		return this.returnPrefix + "-" + digits(scramble(key, 6_700_417L, 271_828_182_845L), 12);
	}

	/** A bijection of [0, 10^12): the multipliers are odd and not multiples of 5. */
	private static long scramble(long index, long multiplier, long offset) {
		return Math.floorMod(index * multiplier + offset, SPACE);
	}

	private static String digits(long value, int width) {
		String text = Long.toString(value);
		return (text.length() >= width) ? text : "0".repeat(width - text.length()) + text;
	}

}

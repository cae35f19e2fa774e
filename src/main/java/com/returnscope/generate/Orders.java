package com.returnscope.generate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.SplittableRandom;

import com.returnscope.domain.Incoterm;
import com.returnscope.generate.Buyers.Buyer;
import com.returnscope.generate.Seeds.Kind;
import com.returnscope.generate.Vocabulary.Carrier;
import com.returnscope.generate.Vocabulary.Product;
import com.returnscope.generate.Vocabulary.Variant;
import org.jspecify.annotations.Nullable;

/**
 * Makes order {@code index} from its own random stream: buyer, platform, currency,
 * incoterm, one to six lines, and each line's true shipping and delivery dates (which an
 * export shows only once they have passed).
 */
final class Orders {

	/** An export covers the orders of about five months before its run date. */
	static final int SPAN_DAYS = 150;

	/** Most lines an order has; line keys are {@code index * MAX_LINES + line}. */
	static final int MAX_LINES = 6;

	record Order(long index, String id, Platform platform, Buyer buyer, LocalDate date, String currency,
			@Nullable Incoterm incoterm, List<Line> lines) {
	}

	/**
	 * @param family the product's family (catalog.tsv)
	 * @param shipped when the line ships, which an export shows once it has passed
	 * @param delivered when it reaches the buyer; null when the parcel is lost
	 * @param service parcel, express or sea
	 */
	record Line(long key, String family, String sku, @Nullable String productName, @Nullable String category,
			int quantity, BigDecimal unitPrice, LocalDate shipped, @Nullable LocalDate delivered, String carrier,
			@Nullable String tracking, String service) {
	}

	private static final Weighted<String> CONSUMER_FAMILIES = new Weighted<String>().add("electronics", 30)
		.add("apparel", 30)
		.add("home", 20)
		.add("cosmetics", 15)
		.add("parts", 5);

	private static final Weighted<String> BUSINESS_FAMILIES = new Weighted<String>().add("electronics", 20)
		.add("apparel", 15)
		.add("home", 15)
		.add("cosmetics", 10)
		.add("parts", 20)
		.add("bulk", 20);

	private static final Weighted<Incoterm> BUSINESS_INCOTERMS = new Weighted<Incoterm>().add(Incoterm.EXW, 10)
		.add(Incoterm.FCA, 8)
		.add(Incoterm.FAS, 2)
		.add(Incoterm.FOB, 24)
		.add(Incoterm.CFR, 8)
		.add(Incoterm.CIF, 14)
		.add(Incoterm.CPT, 5)
		.add(Incoterm.CIP, 4)
		.add(Incoterm.DAP, 10)
		.add(Incoterm.DPU, 3)
		.add(Incoterm.DDP, 6);

	/** Line counts in percent, for one to six lines. */
	private static final int[] CONSUMER_LINES = { 60, 22, 10, 5, 2, 1 };

	private static final int[] BUSINESS_LINES = { 25, 22, 18, 15, 11, 9 };

	private static final double[] BUSINESS_MULTIPLES = { 0.1, 0.2, 0.5, 1, 1, 2, 3, 5 };

	private static final BigDecimal NINETY_NINE_CENTS = new BigDecimal("0.99");

	private final Seeds seeds;

	private final Vocabulary vocabulary;

	private final Buyers buyers;

	Orders(Seeds seeds, Vocabulary vocabulary, Buyers buyers) {
		this.seeds = seeds;
		this.vocabulary = vocabulary;
		this.buyers = buyers;
	}

	/** The number of lines of order {@code index}: the first draws of its stream. */
	int lineCount(long index) {
		SplittableRandom random = this.seeds.random(Kind.ORDER, index);
		return lineCount(random.nextInt(100) < 35, random);
	}

	/**
	 * @param runDate the run date of the night the order first appears in; it is dated
	 * before it
	 * @param position where the order stands in that night's new orders, 0 to 1: later
	 * orders are more recent
	 */
	Order make(long index, LocalDate runDate, double position) {
		SplittableRandom random = this.seeds.random(Kind.ORDER, index);
		boolean business = random.nextInt(100) < 35;
		int lineCount = lineCount(business, random);
		Buyer buyer = this.buyers.draw(business, random);
		Platform platform = business ? buyer.channel() : buyer.country().consumerPlatforms().pick(random);
		String currency = currency(buyer, platform, random);
		LocalDate date = runDate.minusDays(SPAN_DAYS - 1 - (long) (position * SPAN_DAYS) + random.nextInt(4) - 2);
		if (date.isAfter(runDate)) {
			date = runDate;
		}
		Incoterm incoterm = incoterm(business, random);
		String family = (business ? BUSINESS_FAMILIES : CONSUMER_FAMILIES).pick(random);
		String service = service(business, family, random);
		Shipment shipment = shipment(date.plusDays(business ? 2 + random.nextInt(24) : random.nextInt(5)), service,
				random);
		List<Line> lines = new ArrayList<>(lineCount);
		List<String> skus = new ArrayList<>(lineCount);
		for (int number = 0; number < lineCount; number++) {
			String lineFamily = (random.nextInt(100) < 80) ? family
					: (business ? BUSINESS_FAMILIES : CONSUMER_FAMILIES).pick(random);
			Shipment lineShipment = shipment;
			if (business && number > 0 && random.nextInt(100) < 10) {
				// a line that was not ready ships on its own, later
				lineShipment = shipment(shipment.shipped().plusDays(3 + random.nextInt(13)), service, random);
			}
			lines.add(line(index * MAX_LINES + number, lineFamily, business, currency, lineShipment, skus, random));
		}
		return new Order(index, platform.orderId(index), platform, buyer, date, currency, incoterm, lines);
	}

	private static int lineCount(boolean business, SplittableRandom random) {
		int[] percents = business ? BUSINESS_LINES : CONSUMER_LINES;
		int draw = random.nextInt(100);
		int count = 0;
		while (draw >= percents[count]) {
			draw -= percents[count];
			count++;
		}
		return count + 1;
	}

	private static String currency(Buyer buyer, Platform platform, SplittableRandom random) {
		int dollars = buyer.business() ? 65 : (platform == Platform.ALIEXPRESS) ? 50 : 0;
		return (random.nextInt(100) < dollars) ? "USD" : buyer.country().currency();
	}

	private static @Nullable Incoterm incoterm(boolean business, SplittableRandom random) {
		int draw = random.nextInt(100);
		if (business) {
			return (draw < 6) ? null : BUSINESS_INCOTERMS.pick(random);
		}
		return (draw < 60) ? null : (draw < 85) ? Incoterm.DDP : Incoterm.DAP;
	}

	private static String service(boolean business, String family, SplittableRandom random) {
		int draw = random.nextInt(100);
		if (!business) {
			return (draw < 85) ? "parcel" : "express";
		}
		int sea = switch (family) {
			case "bulk" -> 80;
			case "parts" -> 50;
			default -> 40;
		};
		return (draw < sea) ? "sea" : "express";
	}

	private record Shipment(LocalDate shipped, @Nullable LocalDate delivered, Carrier carrier,
			@Nullable String tracking) {
	}

	private Shipment shipment(LocalDate shipped, String service, SplittableRandom random) {
		Carrier carrier = this.vocabulary.carriers.get(service).pick(random);
		int transit = carrier.minDays() + random.nextInt(carrier.maxDays() - carrier.minDays() + 1);
		boolean lost = random.nextInt(1000) < 12;
		String tracking = (random.nextInt(100) < 3) ? null : tracking(carrier.trackingPattern(), random);
		return new Shipment(shipped, lost ? null : shipped.plusDays(transit), carrier, tracking);
	}

	private Line line(long key, String family, boolean business, String currency, Shipment shipment, List<String> skus,
			SplittableRandom random) {
		List<Product> products = this.vocabulary.families.get(family);
		Product product;
		StringBuilder sku;
		StringBuilder name;
		int attempts = 0;
		do {
			product = Buyers.pick(products, random);
			sku = new StringBuilder(product.stem());
			name = new StringBuilder(product.name());
			for (List<Variant> kind : product.variants()) {
				Variant variant = Buyers.pick(kind, random);
				sku.append('-').append(variant.code());
				name.append(", ").append(variant.label());
			}
			attempts++;
		}
		while (skus.contains(sku.toString()) && attempts < 20);
		if (skus.contains(sku.toString())) {
			// a small family drawn for many lines: a numbered pack size keeps the key
			// unique
			sku.append("-P").append(skus.size() + 1);
		}
		skus.add(sku.toString());
		int quantity = quantity(product, business, random);
		BigDecimal price = unitPrice(product, business, currency, random);
		String productName = (random.nextInt(100) < 2) ? null : name.toString();
		String category = (random.nextInt(100) < 4) ? null : product.category();
		return new Line(key, family, sku.toString(), productName, category, quantity, price, shipment.shipped(),
				shipment.delivered(), shipment.carrier().name(), shipment.tracking(), shipment.carrier().service());
	}

	private static int quantity(Product product, boolean business, SplittableRandom random) {
		if (!business) {
			int draw = random.nextInt(100);
			return (draw < 78) ? 1 : (draw < 92) ? 2 : 3 + random.nextInt(3);
		}
		long quantity = Math.max(1,
				Math.round(product.businessQuantity() * BUSINESS_MULTIPLES[random.nextInt(BUSINESS_MULTIPLES.length)]));
		return (int) ((quantity >= 50) ? quantity / 10 * 10 : quantity);
	}

	/**
	 * Wholesale prices for companies (fractions of a cent for cheap bulk goods), retail
	 * prices ending in .99 for consumers, in the order's currency.
	 */
	private BigDecimal unitPrice(Product product, boolean business, String currency, SplittableRandom random) {
		long tenThousandths = product.minPrice() + random.nextLong(product.maxPrice() - product.minPrice() + 1);
		BigDecimal dollars = BigDecimal.valueOf(tenThousandths, 4);
		BigDecimal rate = this.vocabulary.perDollar.get(currency);
		int digits = digits(currency);
		if (business) {
			int scale = (tenThousandths < 10_000 && digits > 0) ? Math.min(4, digits + 2) : digits;
			return dollars.multiply(rate).setScale(scale, RoundingMode.HALF_UP);
		}
		BigDecimal retail = dollars.multiply(BigDecimal.valueOf(22 + random.nextInt(11), 1)).multiply(rate);
		if (digits == 2) {
			return retail.setScale(0, RoundingMode.FLOOR).add(NINETY_NINE_CENTS);
		}
		return retail.setScale(digits - 1, RoundingMode.HALF_UP).setScale(digits, RoundingMode.UNNECESSARY);
	}

	/** The currency's minor digits: 2 for USD, 0 for JPY. */
	static int digits(String currency) {
		return Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
	}

	/** # a digit, @ a capital letter, * either; anything else as written. */
	private static String tracking(String pattern, SplittableRandom random) {
		StringBuilder tracking = new StringBuilder(pattern.length());
		for (int i = 0; i < pattern.length(); i++) {
			char c = pattern.charAt(i);
			tracking.append(switch (c) {
				case '#' -> (char) ('0' + random.nextInt(10));
				case '@' -> (char) ('A' + random.nextInt(26));
				case '*' -> "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ".charAt(random.nextInt(36));
				default -> c;
			});
		}
		return tracking.toString();
	}

}

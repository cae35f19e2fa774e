package com.returnscope.generate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.returnscope.domain.Reason;
import org.jspecify.annotations.Nullable;

/**
 * The generator's word lists, read once from the resources beside this class: countries
 * and currencies, carriers, the catalogue, buyer names, reason codes and buyers' phrases.
 * Lists keep their file order, so that draws from them are stable.
 */
final class Vocabulary {

	record Country(String code, String currency, String nameGroup, String language,
			Weighted<Platform> consumerPlatforms) {
	}

	record Carrier(String name, String service, int minDays, int maxDays, String trackingPattern) {
	}

	record Variant(String code, String label) {
	}

	record Product(String family, String category, String stem, String name, long minPrice, long maxPrice,
			List<List<Variant>> variants, int businessQuantity) {
	}

	/** A buyer's phrase and the product families it can be said of (all when empty). */
	record Phrase(String text, List<String> families) {

		boolean fits(String family) {
			return this.families.isEmpty() || this.families.contains(family);
		}

	}

	/**
	 * A platform's reason code; null {@code reason}: the policy leaves it to the text.
	 */
	record Code(String code, @Nullable Reason reason) {
	}

	private static @Nullable Vocabulary shipped;

	final Weighted<Country> consumerCountries = new Weighted<>();

	final Weighted<Country> businessCountries = new Weighted<>();

	final Map<String, BigDecimal> perDollar = new LinkedHashMap<>();

	final Map<String, Weighted<Carrier>> carriers = new LinkedHashMap<>();

	final Map<String, List<Product>> families = new LinkedHashMap<>();

	final List<Product> products = new ArrayList<>();

	final Map<String, Map<String, List<String>>> names = new LinkedHashMap<>();

	final Map<Platform, List<Code>> codes = new EnumMap<>(Platform.class);

	/** Phrases by language, then by what they say (CATEGORY/SUBREASON, or "-"). */
	final Map<String, Map<String, List<Phrase>>> phrases = new LinkedHashMap<>();

	private Vocabulary() {
		for (String[] row : Tsv.read("currencies.tsv", 2)) {
			this.perDollar.put(row[0], new BigDecimal(row[1]));
		}
		for (String[] row : Tsv.read("countries.tsv", 7)) {
			Weighted<Platform> platforms = new Weighted<>();
			for (String entry : row[6].split(",")) {
				String[] platform = entry.split(":");
				platforms.add(Platform.valueOf(platform[0]), Integer.parseInt(platform[1]));
			}
			if (!this.perDollar.containsKey(row[1])) {
				throw new IllegalStateException("countries.tsv: no rate for " + row[1] + " in currencies.tsv");
			}
			Country country = new Country(row[0], row[1], row[2], row[3], platforms);
			this.consumerCountries.add(country, Integer.parseInt(row[4]));
			this.businessCountries.add(country, Integer.parseInt(row[5]));
		}
		for (String[] row : Tsv.read("carriers.tsv", 6)) {
			this.carriers.computeIfAbsent(row[1], (service) -> new Weighted<>())
				.add(new Carrier(row[0], row[1], Integer.parseInt(row[2]), Integer.parseInt(row[3]), row[5]),
						Integer.parseInt(row[4]));
		}
		Map<String, List<Variant>> variantKinds = new LinkedHashMap<>();
		for (String[] row : Tsv.read("variants.tsv", 2)) {
			List<Variant> variants = new ArrayList<>();
			for (String entry : Tsv.split(row[1])) {
				String[] pair = entry.split("=", 2);
				variants.add(new Variant(pair[0], pair[1]));
			}
			variantKinds.put(row[0], List.copyOf(variants));
		}
		for (String[] row : Tsv.read("catalog.tsv", 8)) {
			List<List<Variant>> variants = new ArrayList<>();
			if (!row[6].equals("-")) {
				for (String kind : row[6].split("\\+")) {
					variants.add(variantKinds.get(kind));
				}
			}
			Product product = new Product(row[0], row[1], row[2], row[3], tenThousandths(row[4]),
					tenThousandths(row[5]), List.copyOf(variants), Integer.parseInt(row[7]));
			this.families.computeIfAbsent(row[0], (family) -> new ArrayList<>()).add(product);
			this.products.add(product);
		}
		for (String[] row : Tsv.read("names.tsv", 3)) {
			this.names.computeIfAbsent(row[0], (group) -> new LinkedHashMap<>()).put(row[1], Tsv.split(row[2]));
		}
		for (String[] row : Tsv.read("reason-codes.tsv", 3)) {
			Reason reason = row[2].equals("-") ? null : Reason.parse(row[2]);
			this.codes.computeIfAbsent(Platform.valueOf(row[0]), (platform) -> new ArrayList<>())
				.add(new Code(row[1], reason));
		}
		for (String[] row : Tsv.read("phrases.tsv", 4)) {
			this.phrases.computeIfAbsent(row[0], (language) -> new LinkedHashMap<>())
				.computeIfAbsent(row[1], (reason) -> new ArrayList<>())
				.add(new Phrase(row[3], row[2].equals("*") ? List.of() : List.of(row[2].split(","))));
		}
	}

	static synchronized Vocabulary shipped() {
		if (shipped == null) {
			shipped = new Vocabulary();
		}
		return shipped;
	}

	/** A price in US dollars as a whole number of ten-thousandths of a dollar. */
	private static long tenThousandths(String dollars) {
		return new BigDecimal(dollars).movePointRight(4).longValueExact();
	}

}

package com.returnscope.generate;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import com.returnscope.generate.Seeds.Kind;
import com.returnscope.generate.Vocabulary.Country;

/**
 * The seller's customers: companies that order again and again, and consumers who mostly
 * order once. A buyer is made from its index in one of the two pools, so the same buyer
 * comes back with the same name and country on every order drawn for it.
 */
final class Buyers {

	record Buyer(boolean business, String name, Country country, boolean countryKnown, Platform channel) {
	}

	private final Seeds seeds;

	private final Vocabulary vocabulary;

	private final long businessPool;

	private final long consumerPool;

	/** Pools sized to the export, so that large exports do not repeat a few names. */
	Buyers(Seeds seeds, Vocabulary vocabulary, long orderLines) {
		this.seeds = seeds;
		this.vocabulary = vocabulary;
		this.businessPool = Math.max(10, orderLines / 40);
		this.consumerPool = Math.max(20, orderLines / 2);
	}

	/** The buyer of a new order: a few companies order far more often than the rest. */
	Buyer draw(boolean business, SplittableRandom random) {
		if (business) {
			double u = random.nextDouble();
			return buyer(true, (long) (this.businessPool * u * u));
		}
		return buyer(false, random.nextLong(this.consumerPool));
	}

	/** Someone else of the same kind, for a return filed under another name. */
	Buyer other(Buyer buyer, SplittableRandom random) {
		return buyer(buyer.business(), random.nextLong(buyer.business() ? this.businessPool : this.consumerPool));
	}

	private Buyer buyer(boolean business, long index) {
		SplittableRandom random = this.seeds.random(business ? Kind.B2B_BUYER : Kind.B2C_BUYER, index);
		Country country = (business ? this.vocabulary.businessCountries : this.vocabulary.consumerCountries)
			.pick(random);
		String name = name(country.nameGroup(), business ? "company" : "person", random);
		boolean countryKnown = random.nextInt(100) >= 3;
		Platform channel = (random.nextInt(100) < 70) ? Platform.ALIBABA : Platform.EDI;
		return new Buyer(business, name, country, countryKnown, channel);
	}

	/**
	 * A name from the group's patterns, each {list} replaced by a pick from that list.
	 */
	private String name(String group, String kind, SplittableRandom random) {
		Map<String, List<String>> lists = this.vocabulary.names.get(group);
		String pattern = pick(lists.get(kind), random);
		StringBuilder name = new StringBuilder();
		int at = 0;
		int open;
		while ((open = pattern.indexOf('{', at)) >= 0) {
			int close = pattern.indexOf('}', open);
			name.append(pattern, at, open).append(pick(lists.get(pattern.substring(open + 1, close)), random));
			at = close + 1;
		}
		return name.append(pattern, at, pattern.length()).toString();
	}

	static <T> T pick(List<T> values, SplittableRandom random) {
		return values.get(random.nextInt(values.size()));
	}

}

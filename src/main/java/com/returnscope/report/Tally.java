package com.returnscope.report;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;

import com.returnscope.domain.Category;
import com.returnscope.domain.Reason;
import com.returnscope.domain.ReturnRequest;

/**
 * The period's figures of one product, buyer, country, carrier or reason: what was
 * ordered, what came back, what it cost, and why.
 */
final class Tally {

	long orderLines;

	long units;

	long returns;

	long returnedUnits;

	final Amounts refunds = new Amounts();

	final Map<Reason, Long> reasons = new HashMap<>();

	/** Counts one order line of {@code units} units. */
	void orderedLine(long units) {
		this.orderLines++;
		this.units += units;
	}

	void add(ReportedReturn returned) {
		ReturnRequest request = returned.request();
		this.returns++;
		this.returnedUnits += request.quantity();
		if (request.refundAmount() != null) {
			this.refunds.add(returned.currency(), request.refundAmount());
		}
		this.reasons.merge(new Reason(returned.decision().category(), returned.decision().subreason()), 1L, Long::sum);
	}

	/** Returns per order line; null without order lines. */
	Double rate() {
		return (this.orderLines == 0) ? null : (double) this.returns / this.orderLines;
	}

	/** Returned units per unit ordered; null without units. */
	Double unitRate() {
		return (this.units == 0) ? null : (double) this.returnedUnits / this.units;
	}

	/** The 95 % interval of the return rate; null when it cannot be had. */
	Wilson interval() {
		return Wilson.of(this.returns, this.orderLines);
	}

	/** Returns above what the overall rate predicts for these order lines. */
	double excess(double overallRate) {
		return this.returns - this.orderLines * overallRate;
	}

	long count(Category category) {
		return this.reasons.entrySet()
			.stream()
			.filter((reason) -> reason.getKey().category() == category)
			.mapToLong(Map.Entry::getValue)
			.sum();
	}

	long count(Category category, String subreason) {
		return this.reasons.getOrDefault(new Reason(category, subreason), 0L);
	}

	/** The most frequent reason, the first by name among equals; null without returns. */
	Reason topReason() {
		return this.reasons.entrySet()
			.stream()
			.max(Map.Entry.<Reason, Long>comparingByValue()
				.thenComparing(Map.Entry.comparingByKey(Comparator.comparing(Reason::toString).reversed())))
			.map(Map.Entry::getKey)
			.orElse(null);
	}

	/** A tally per key, made on first use. */
	static final class ByKey<K> extends HashMap<K, Tally> {

		Tally of(K key) {
			return computeIfAbsent(key, (k) -> new Tally());
		}

		long returns() {
			return values().stream().mapToLong((tally) -> tally.returns).sum();
		}

	}

}

package com.returnscope.compliance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import com.returnscope.domain.Decision;
import com.returnscope.domain.FreightCompliance;
import com.returnscope.domain.Payer;
import com.returnscope.domain.ReturnRequest;

/**
 * The run's freight figures, added up while its decisions stream by for the violations:
 * the matrix of expected against actual payers, the breaches, and the unknowns by reason.
 */
final class FreightFigures {

	/**
	 * One cell of the freight matrix: the returns of a currency with this expected and
	 * actual payer, and their return freight cost (a blank cost counts as nothing).
	 */
	record Cell(String currency, Payer expected, Payer actual, long returns, BigDecimal cost) {

		Cell plus(Cell other) {
			return new Cell(this.currency, this.expected, this.actual, this.returns + other.returns,
					this.cost.add(other.cost));
		}

	}

	/** The freight breaches of one kind and currency. */
	record Breach(String currency, Payer expected, long returns, BigDecimal amount) {

		Breach plus(Breach other) {
			return new Breach(this.currency, this.expected, this.returns + other.returns,
					this.amount.add(other.amount));
		}

	}

	private record Key(String currency, Payer expected, Payer actual) {
	}

	private static final Comparator<Key> ORDER = Comparator.comparing(Key::currency)
		.thenComparing(Key::expected)
		.thenComparing(Key::actual);

	private final Map<Key, Cell> cells = new TreeMap<>(ORDER);

	private final Map<String, Map<Payer, Breach>> breaches = new TreeMap<>();

	private final Map<FreightUnknown, Long> unknown = new EnumMap<>(FreightUnknown.class);

	FreightFigures() {
		for (FreightUnknown reason : FreightUnknown.values()) {
			this.unknown.put(reason, 0L);
		}
	}

	void add(Decision decision, ReturnRequest request) {
		String currency = Objects.requireNonNullElse(decision.currency(), "");
		Payer expected = decision.expectedFreightPayer();
		BigDecimal cost = Objects.requireNonNullElse(request.returnFreightCost(), BigDecimal.ZERO);
		this.cells.merge(new Key(currency, expected, decision.actualFreightPayer()),
				new Cell(currency, expected, decision.actualFreightPayer(), 1, cost), Cell::plus);
		if (decision.freightCompliant() == FreightCompliance.NO) {
			BigDecimal amount = decision.freightAmountAtIssue();
			this.breaches.computeIfAbsent(currency, (key) -> new EnumMap<>(Payer.class))
				.merge(expected, new Breach(currency, expected, 1, amount), Breach::plus);
		}
		else if (decision.freightCompliant() == FreightCompliance.UNKNOWN) {
			this.unknown.merge(FreightUnknown.of(expected, request.returnFreightCost()), 1L, Long::sum);
		}
	}

	/** The matrix's cells by currency, expected payer and actual payer. */
	List<Cell> cells() {
		return new ArrayList<>(this.cells.values());
	}

	/** The breaches (freight_compliant NO) by currency and expected payer. */
	List<Breach> breaches() {
		return this.breaches.values().stream().flatMap((byPayer) -> byPayer.values().stream()).toList();
	}

	/** How many returns have an unknown freight compliance, by reason. */
	Map<FreightUnknown, Long> unknown() {
		return this.unknown;
	}

}

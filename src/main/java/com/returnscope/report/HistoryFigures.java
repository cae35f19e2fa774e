package com.returnscope.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import com.returnscope.domain.Category;
import com.returnscope.domain.ClassifiedBy;
import com.returnscope.domain.Decision;
import com.returnscope.domain.FreightBreach;
import com.returnscope.domain.OrderLine;
import com.returnscope.domain.Reason;
import com.returnscope.domain.ReturnRequest;
import org.jspecify.annotations.Nullable;

/**
 * Everything the report shows of the history rather than of the run: the period's figures
 * against the previous period's, the thirteen months' trend, and the period's returns
 * broken down by product, buyer, country, carrier and reason. Every map is keyed by
 * something there are few of (products, buyers, carriers, reasons, months), so its size
 * does not grow with the number of returns.
 */
final class HistoryFigures {

	static final String UNKNOWN = "(unknown)";

	/** One month of the trend. */
	static final class Month {

		OrderCounts orders = OrderCounts.NONE;

		final Map<Category, Long> returns = new EnumMap<>(Category.class);

		long returns() {
			return this.returns.values().stream().mapToLong(Long::longValue).sum();
		}

		Double rate() {
			return PeriodFigures.ratio(returns(), this.orders.lines());
		}

	}

	/** A carrier and the country it delivered to. */
	record Route(String carrier, String country) {
	}

	/** How a classification method did: how many returns, how confident. */
	static final class Method {

		long returns;

		long withConfidence;

		BigDecimal confidenceSum = BigDecimal.ZERO;

		/** Returns below 0.60, 0.60 to 0.80, 0.80 to 0.90, 0.90 and above. */
		final long[] bands = new long[4];

		/** The average confidence, to the hundredth; null when none was scored. */
		@Nullable BigDecimal averageConfidence() {
			return (this.withConfidence == 0) ? null
					: this.confidenceSum.divide(BigDecimal.valueOf(this.withConfidence), 2, RoundingMode.HALF_EVEN);
		}

		void add(@Nullable BigDecimal confidence) {
			this.returns++;
			if (confidence != null) {
				double value = confidence.doubleValue();
				this.withConfidence++;
				this.confidenceSum = this.confidenceSum.add(confidence);
				this.bands[(value < 0.6) ? 0 : (value < 0.8) ? 1 : (value < 0.9) ? 2 : 3]++;
			}
		}

	}

	/** A matched term: how often, and for which reason. */
	static final class Term {

		final Reason reason;

		long returns;

		Term(Reason reason) {
			this.reason = reason;
		}

	}

	/** Money the seller may claim back, per currency. */
	static final class Recovery {

		long returns;

		final Map<String, Long> byCurrency = new HashMap<>();

		final Amounts amount = new Amounts();

		void add(String currency, BigDecimal amount) {
			this.returns++;
			this.byCurrency.merge(currency, 1L, Long::sum);
			this.amount.add(currency, amount);
		}

	}

	final PeriodFigures current;

	final PeriodFigures previous;

	final Map<YearMonth, Month> trend = new LinkedHashMap<>();

	final Tally.ByKey<String> skus = new Tally.ByKey<>();

	final Map<String, String> productNames = new HashMap<>();

	final Map<String, String> skuCategories = new HashMap<>();

	final Tally.ByKey<String> productCategories = new Tally.ByKey<>();

	final Tally.ByKey<String> buyers = new Tally.ByKey<>();

	final Map<String, String> buyerCountries = new HashMap<>();

	final Tally.ByKey<String> countries = new Tally.ByKey<>();

	final Tally.ByKey<Route> routes = new Tally.ByKey<>();

	/** Return freight by carrier and currency, split by who actually paid it. */
	final Map<Route, Map<String, BigDecimal>> freightByPayer = new HashMap<>();

	final Tally.ByKey<Reason> reasons = new Tally.ByKey<>();

	final Map<ClassifiedBy, Method> methods = new EnumMap<>(ClassifiedBy.class);

	final Map<String, Term> terms = new HashMap<>();

	/** Freight the seller paid where the buyer owed it. */
	final Recovery sellerPaid = new Recovery();

	/** Returns whose code or inspection blamed the seller against the buyer's words. */
	final Recovery disputes = new Recovery();

	/** Returns requested in the period that the matched order line says came first. */
	long requestedBeforeOrder;

	HistoryFigures(Period period) {
		this.current = new PeriodFigures(period);
		this.previous = new PeriodFigures(period.previous());
		YearMonth last = YearMonth.from(period.to());
		for (YearMonth month = last.minusMonths(12); !month.isAfter(last); month = month.plusMonths(1)) {
			this.trend.put(month, new Month());
		}
	}

	/** The first day the trend covers: the first of the month a year before the run's. */
	LocalDate trendStart() {
		return this.trend.keySet().iterator().next().atDay(1);
	}

	/** The first day any figure needs. */
	LocalDate start() {
		LocalDate start = trendStart();
		return this.previous.period.from().isBefore(start) ? this.previous.period.from() : start;
	}

	void orderDays(Map<LocalDate, OrderCounts> days) {
		days.forEach((day, counts) -> {
			Month month = this.trend.get(YearMonth.from(day));
			if (month != null) {
				month.orders = month.orders.plus(counts);
			}
			for (PeriodFigures figures : new PeriodFigures[] { this.current, this.previous }) {
				if (figures.period.contains(day)) {
					figures.orders = figures.orders.plus(counts);
				}
			}
		});
	}

	void ordered(OrderedLine line) {
		String category = Objects.requireNonNullElse(line.productCategory(), UNKNOWN);
		String country = Objects.requireNonNullElse(line.country(), UNKNOWN);
		this.skus.of(line.sku()).orderedLine(line.units());
		if (line.productName() != null) {
			this.productNames.putIfAbsent(line.sku(), line.productName());
		}
		this.skuCategories.putIfAbsent(line.sku(), category);
		this.productCategories.of(category).orderedLine(line.units());
		this.buyers.of(line.buyer()).orderedLine(line.units());
		this.buyerCountries.putIfAbsent(line.buyer(), country);
		this.countries.of(country).orderedLine(line.units());
		this.routes.of(new Route(Objects.requireNonNullElse(line.carrier(), UNKNOWN), country))
			.orderedLine(line.units());
	}

	void add(ReportedReturn returned) {
		LocalDate requested = returned.request().requestedDate();
		Month month = this.trend.get(YearMonth.from(requested));
		if (month != null) {
			month.returns.merge(returned.decision().category(), 1L, Long::sum);
		}
		if (this.previous.period.contains(requested)) {
			this.previous.add(returned);
		}
		if (this.current.period.contains(requested)) {
			this.current.add(returned);
			breakDown(returned);
		}
	}

	private void breakDown(ReportedReturn returned) {
		Decision decision = returned.decision();
		ReturnRequest request = returned.request();
		OrderLine line = returned.line();
		String country = (line != null && line.buyerCountry() != null) ? line.buyerCountry() : UNKNOWN;
		if (line != null) {
			this.skus.of(line.sku()).add(returned);
			this.skuCategories.putIfAbsent(line.sku(), Objects.requireNonNullElse(line.productCategory(), UNKNOWN));
			this.productCategories.of(Objects.requireNonNullElse(line.productCategory(), UNKNOWN)).add(returned);
		}
		this.buyers.of(returned.buyer()).add(returned);
		this.buyerCountries.putIfAbsent(returned.buyer(), country);
		this.countries.of(country).add(returned);
		Route route = new Route((line != null && line.carrier() != null) ? line.carrier() : UNKNOWN, country);
		this.routes.of(route).add(returned);
		if (request.returnFreightCost() != null) {
			Route byCurrency = new Route(route.carrier(), returned.currency());
			String payer = (request.freightPaidBy() != null) ? request.freightPaidBy().name() : UNKNOWN;
			this.freightByPayer.computeIfAbsent(byCurrency, (key) -> new HashMap<>())
				.merge(payer, request.returnFreightCost(), BigDecimal::add);
		}
		Reason reason = new Reason(decision.category(), decision.subreason());
		this.reasons.of(reason).add(returned);
		this.methods.computeIfAbsent(decision.classifiedBy(), (key) -> new Method()).add(decision.confidence());
		if (decision.classifiedBy() == ClassifiedBy.KEYWORD && !decision.matchedTerm().isEmpty()) {
			this.terms.computeIfAbsent(decision.matchedTerm(), (term) -> new Term(reason)).returns++;
		}
		if (decision.freightBreach() == FreightBreach.SELLER_PAID_WHERE_BUYER_OWED) {
			this.sellerPaid.add(returned.currency(), decision.freightAmountAtIssue());
		}
		if (decision.freightDisputeCandidate()) {
			this.disputes.add(returned.currency(), disputed(request));
		}
		if (returned.requestedBeforeOrder()) {
			this.requestedBeforeOrder++;
		}
	}

	/** The freight at stake in a dispute: what the return's freight cost. */
	static BigDecimal disputed(ReturnRequest request) {
		return Objects.requireNonNullElse(request.returnFreightCost(), BigDecimal.ZERO);
	}

	/** The overall return rate of the period: returns per order line. */
	double overallRate() {
		Double rate = this.current.lineRate();
		return (rate != null) ? rate : 0;
	}

}

package com.returnscope.report;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

import com.returnscope.domain.Category;
import com.returnscope.domain.Decision;
import com.returnscope.domain.FreightCompliance;
import com.returnscope.domain.Payer;
import com.returnscope.domain.ReturnRequest;

/**
 * The key figures of one period: what was ordered in it, and the returns requested in it
 * with what they cost. Amounts are kept per currency.
 */
final class PeriodFigures {

	final Period period;

	OrderCounts orders = OrderCounts.NONE;

	long returns;

	long returnedUnits;

	/** Returns that fail no rule of the policy. */
	long compliant;

	/** Returns whose freight was paid by the wrong party. */
	long wrongParty;

	final Amounts refunds = new Amounts();

	final Amounts freight = new Amounts();

	final Amounts sellerPaidFreight = new Amounts();

	final Amounts wrongPartyAmount = new Amounts();

	final Map<Category, Long> byCategory = new EnumMap<>(Category.class);

	PeriodFigures(Period period) {
		this.period = period;
	}

	void add(ReportedReturn returned) {
		Decision decision = returned.decision();
		ReturnRequest request = returned.request();
		String currency = returned.currency();
		this.returns++;
		this.returnedUnits += request.quantity();
		this.byCategory.merge(decision.category(), 1L, Long::sum);
		if (decision.findings().isEmpty()) {
			this.compliant++;
		}
		if (decision.freightCompliant() == FreightCompliance.NO) {
			this.wrongParty++;
			this.wrongPartyAmount.add(currency, decision.freightAmountAtIssue());
		}
		if (request.refundAmount() != null) {
			this.refunds.add(currency, request.refundAmount());
		}
		BigDecimal freight = request.returnFreightCost();
		if (freight != null) {
			this.freight.add(currency, freight);
			if (request.freightPaidBy() == Payer.SELLER) {
				this.sellerPaidFreight.add(currency, freight);
			}
		}
	}

	long count(Category category) {
		return this.byCategory.getOrDefault(category, 0L);
	}

	/** Returns per order line ordered in the period; null without order lines. */
	Double lineRate() {
		return ratio(this.returns, this.orders.lines());
	}

	/** Units returned per unit ordered in the period; null without units. */
	Double unitRate() {
		return ratio(this.returnedUnits, this.orders.units());
	}

	/** The share of returns that fail no rule; null without returns. */
	Double complianceRate() {
		return ratio(this.compliant, this.returns);
	}

	/** The share of a currency's return freight the seller paid; null without freight. */
	Double sellerShare(String currency) {
		BigDecimal total = this.freight.get(currency);
		return (total.signum() == 0) ? null : this.sellerPaidFreight.get(currency).doubleValue() / total.doubleValue();
	}

	static Double ratio(long part, long whole) {
		return (whole == 0) ? null : (double) part / whole;
	}

}

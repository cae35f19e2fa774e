package com.returnscope.report;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

import com.returnscope.domain.Category;
import com.returnscope.domain.DecidedReturn;
import com.returnscope.domain.Decision;
import com.returnscope.domain.FreightCompliance;
import com.returnscope.domain.Reason;

/**
 * The key figures of a run, added up while the details are streamed. Amounts are kept by
 * currency: amounts in different currencies are never added together.
 */
final class ReturnsFigures {

	long returns;

	long withFindings;

	long freightNotCompliant;

	long appealCandidates;

	final Map<Category, Long> byCategory = new EnumMap<>(Category.class);

	final Map<Reason, Long> byReason = new HashMap<>();

	final Map<String, BigDecimal> freightAtIssue = new TreeMap<>();

	final Map<String, BigDecimal> refunds = new TreeMap<>();

	void add(DecidedReturn decided) {
		Decision decision = decided.decision();
		this.returns++;
		this.byCategory.merge(decision.category(), 1L, Long::sum);
		this.byReason.merge(new Reason(decision.category(), decision.subreason()), 1L, Long::sum);
		if (!decision.findings().isEmpty()) {
			this.withFindings++;
		}
		if (decision.appealCandidate()) {
			this.appealCandidates++;
		}
		String currency = (decision.currency() != null) ? decision.currency() : "(no currency)";
		if (decision.freightCompliant() == FreightCompliance.NO) {
			this.freightNotCompliant++;
			this.freightAtIssue.merge(currency, decision.freightAmountAtIssue(), BigDecimal::add);
		}
		if (decided.request().refundAmount() != null) {
			this.refunds.merge(currency, decided.request().refundAmount(), BigDecimal::add);
		}
	}

	long count(Category category) {
		return this.byCategory.getOrDefault(category, 0L);
	}

	long count(Reason reason) {
		return this.byReason.getOrDefault(reason, 0L);
	}

}

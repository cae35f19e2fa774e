package com.returnscope.compliance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

/**
 * One rule's figures over a set of returns: on how many it was evaluated (it applied),
 * how many failed it, and the money those failures put at stake per currency.
 *
 * @param id the rule id
 * @param description the rule in words, from the policy
 * @param enabled whether the policy switches it on; a rule switched off is evaluated on
 * no return
 * @param returns the returns decided in the set
 * @param evaluated the returns the rule applied to
 * @param failed the returns that failed it
 * @param atStake per currency ("" when the returns' currency is unknown), the refunds of
 * the returns failing the rule, or for R-FREIGHT the freight paid by the wrong party;
 * only currencies with an amount above zero
 */
public record RuleFigures(String id, String description, boolean enabled, long returns, long evaluated, long failed,
		Map<String, BigDecimal> atStake) {

	public RuleFigures {
		atStake = new TreeMap<>(atStake);
	}

	public long passed() {
		return this.evaluated - this.failed;
	}

	/** The returns the rule did not apply to (all of them when it is switched off). */
	public long notApplicable() {
		return this.returns - this.evaluated;
	}

	/**
	 * Passed over evaluated, four decimals rounded half up; null when the rule applied to
	 * no return.
	 */
	public @Nullable BigDecimal complianceRate() {
		if (this.evaluated == 0) {
			return null;
		}
		return BigDecimal.valueOf(passed()).divide(BigDecimal.valueOf(this.evaluated), 4, RoundingMode.HALF_UP);
	}

}

package com.returnscope.decision.rules;

import java.util.List;

import com.returnscope.classification.ReviewerOverrides;
import com.returnscope.decision.Cases;
import com.returnscope.decision.DecisionEngine;
import com.returnscope.domain.Decision;
import com.returnscope.domain.Evidence;
import com.returnscope.domain.InspectionResult;
import com.returnscope.domain.MediationDecision;
import com.returnscope.domain.OrderLine;
import com.returnscope.domain.OrderMatch;
import com.returnscope.domain.Outcome;
import com.returnscope.domain.Payer;
import com.returnscope.domain.ReturnStatus;
import com.returnscope.policy.PolicyLoader;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static com.returnscope.decision.Cases.DELIVERED;
import static com.returnscope.decision.Cases.RUN_DATE;
import static com.returnscope.decision.Cases.line;
import static com.returnscope.decision.Cases.request;
import static org.assertj.core.api.Assertions.assertThat;

/** Every rule of the default policy failing, passing and not applying. */
class ComplianceRulesTests {

	private static final DecisionEngine ENGINE = new DecisionEngine(PolicyLoader.load(PolicyLoader.DEFAULT_LOCATION),
			ReviewerOverrides.none());

	private static Verdict verdict(String rule, Cases.Request request, OrderLine... lines) {
		Decision decision = ENGINE.decide(request.build(), List.of(lines), RUN_DATE);
		if (decision.findings().contains(rule)) {
			return Verdict.FAIL;
		}
		return decision.evaluatedRules().contains(rule) ? Verdict.PASS : Verdict.NOT_APPLICABLE;
	}

	enum Verdict {

		PASS, FAIL, NOT_APPLICABLE

	}

	@Test
	void listsEveryRuleOfThePolicyInOrder() {
		assertThat(ENGINE.rules().enabled()).extracting(ComplianceRule::id)
			.containsExactly("R-ORDER-MATCH", "R-WINDOW", "R-INSPECTION", "R-FREIGHT", "R-REASON-RECORDED",
					"R-ESCALATION", "R-APPEAL-EVIDENCE");
		assertThat(ENGINE.rules().disabled()).isEmpty();
	}

	@Nested
	class OrderMatch {

		@Test
		void failsPassesAndAlwaysApplies() {
			assertThat(verdict("R-ORDER-MATCH", request())).isEqualTo(Verdict.FAIL);
			assertThat(verdict("R-ORDER-MATCH", request(), line())).isEqualTo(Verdict.PASS);
		}

	}

	@Nested
	class Window {

		@Test
		void failsWhenAChangeOfMindIsRefundedAfterSevenDays() {
			Cases.Request late = request().reason("CO", null).requested(DELIVERED.plusDays(8));
			assertThat(verdict("R-WINDOW", late.status(ReturnStatus.CLOSED, Outcome.REFUND), line()))
				.isEqualTo(Verdict.FAIL);
			assertThat(verdict("R-WINDOW",
					late.requested(DELIVERED.plusDays(7)).status(ReturnStatus.CLOSED, Outcome.EXCHANGE), line()))
				.isEqualTo(Verdict.PASS);
		}

		@Test
		void failsWhenAnUnclassifiedReturnIsRefundedAfterSevenDays() {
			assertThat(verdict("R-WINDOW",
					request().reason(null, null)
						.requested(DELIVERED.plusDays(8))
						.status(ReturnStatus.CLOSED, Outcome.PARTIAL_REFUND),
					line()))
				.isEqualTo(Verdict.FAIL);
		}

		@Test
		void failsWhenAQualityClaimIsRefundedAfterThirtyDays() {
			Cases.Request claim = request().status(ReturnStatus.CLOSED, Outcome.REFUND);
			assertThat(verdict("R-WINDOW", claim.requested(DELIVERED.plusDays(31)), line())).isEqualTo(Verdict.FAIL);
			assertThat(verdict("R-WINDOW", claim.requested(DELIVERED.plusDays(30)), line())).isEqualTo(Verdict.PASS);
		}

		@Test
		void failsWhenAChangeOfMindWithinSevenDaysIsRejected() {
			Cases.Request rejected = request().reason("CO", null).status(ReturnStatus.CLOSED, Outcome.REJECTED);
			assertThat(verdict("R-WINDOW", rejected.requested(DELIVERED.plusDays(7)), line())).isEqualTo(Verdict.FAIL);
			assertThat(verdict("R-WINDOW", rejected.requested(DELIVERED.plusDays(8)), line())).isEqualTo(Verdict.PASS);
			assertThat(verdict("R-WINDOW", rejected.requested(DELIVERED.minusDays(2)), line())).isEqualTo(Verdict.PASS);
		}

		@Test
		void doesNotApplyWithoutAGrantOrAKnownWindow() {
			assertThat(verdict("R-WINDOW", request().status(ReturnStatus.OPEN, null), line()))
				.isEqualTo(Verdict.NOT_APPLICABLE);
			assertThat(verdict("R-WINDOW", request().status(ReturnStatus.CLOSED, Outcome.REJECTED), line()))
				.isEqualTo(Verdict.NOT_APPLICABLE);
			assertThat(verdict("R-WINDOW", request().status(ReturnStatus.CLOSED, Outcome.REFUND)))
				.isEqualTo(Verdict.NOT_APPLICABLE);
		}

	}

	@Nested
	class Inspection {

		@Test
		void failsWhenClosedAsGrantedWithoutInspection() {
			Cases.Request closed = request().status(ReturnStatus.CLOSED, Outcome.EXCHANGE);
			assertThat(verdict("R-INSPECTION", closed, line())).isEqualTo(Verdict.FAIL);
			assertThat(verdict("R-INSPECTION", closed.inspection(InspectionResult.PENDING), line()))
				.isEqualTo(Verdict.FAIL);
			assertThat(verdict("R-INSPECTION", closed.inspection(InspectionResult.NOT_RETURNED), line()))
				.isEqualTo(Verdict.PASS);
		}

		@Test
		void doesNotApplyBeforeClosingOrWhenNotGranted() {
			assertThat(verdict("R-INSPECTION", request().status(ReturnStatus.AGREED, Outcome.REFUND), line()))
				.isEqualTo(Verdict.NOT_APPLICABLE);
			assertThat(verdict("R-INSPECTION", request().status(ReturnStatus.CLOSED, Outcome.WITHDRAWN), line()))
				.isEqualTo(Verdict.NOT_APPLICABLE);
		}

	}

	@Nested
	class Freight {

		@Test
		void failsWhenTheWrongPartyPaid() {
			assertThat(verdict("R-FREIGHT", request().freight("25.00", Payer.BUYER), line())).isEqualTo(Verdict.FAIL);
			assertThat(verdict("R-FREIGHT", request().freight("25.00", Payer.CARRIER), line())).isEqualTo(Verdict.PASS);
			assertThat(verdict("R-FREIGHT", request().freight(null, Payer.BUYER), line()))
				.isEqualTo(Verdict.NOT_APPLICABLE);
		}

	}

	@Nested
	class ReasonRecorded {

		@Test
		void failsWithNeitherCodeNorText() {
			assertThat(verdict("R-REASON-RECORDED", request().reason(null, null), line())).isEqualTo(Verdict.FAIL);
			assertThat(verdict("R-REASON-RECORDED", request().reason(null, "too big"), line())).isEqualTo(Verdict.PASS);
			assertThat(verdict("R-REASON-RECORDED", request().reason("XYZ", null), line())).isEqualTo(Verdict.PASS);
		}

	}

	@Nested
	class Escalation {

		@Test
		void failsWhenStillNegotiatingMoreThanSevenDaysAfterTheRequest() {
			Cases.Request negotiating = request().status(ReturnStatus.NEGOTIATING, null);
			assertThat(verdict("R-ESCALATION", negotiating.requested(RUN_DATE.minusDays(8)), line()))
				.isEqualTo(Verdict.FAIL);
			assertThat(verdict("R-ESCALATION", negotiating.requested(RUN_DATE.minusDays(7)), line()))
				.isEqualTo(Verdict.PASS);
			assertThat(verdict("R-ESCALATION",
					request().status(ReturnStatus.OPEN, null).requested(RUN_DATE.minusDays(8)), line()))
				.isEqualTo(Verdict.FAIL);
			assertThat(verdict("R-ESCALATION",
					request().status(ReturnStatus.MEDIATION, null).requested(RUN_DATE.minusDays(30)), line()))
				.isEqualTo(Verdict.NOT_APPLICABLE);
		}

	}

	@Nested
	class AppealEvidence {

		@Test
		void failsWhenAnAppealHasNoEvidence() {
			Cases.Request appeal = request().status(ReturnStatus.APPEAL, null);
			assertThat(verdict("R-APPEAL-EVIDENCE", appeal, line())).isEqualTo(Verdict.FAIL);
			assertThat(verdict("R-APPEAL-EVIDENCE", appeal.mediation(MediationDecision.FOR_BUYER, Evidence.CHAT_LOG),
					line()))
				.isEqualTo(Verdict.PASS);
			assertThat(verdict("R-APPEAL-EVIDENCE", request().status(ReturnStatus.MEDIATION, null), line()))
				.isEqualTo(Verdict.NOT_APPLICABLE);
		}

	}

}

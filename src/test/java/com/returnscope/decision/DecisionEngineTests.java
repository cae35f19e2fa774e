package com.returnscope.decision;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import com.returnscope.classification.ReviewerOverrides;
import com.returnscope.domain.Category;
import com.returnscope.domain.Classification;
import com.returnscope.domain.ClassifiedBy;
import com.returnscope.domain.Decision;
import com.returnscope.domain.Evidence;
import com.returnscope.domain.FreightBreach;
import com.returnscope.domain.FreightCompliance;
import com.returnscope.domain.Incoterm;
import com.returnscope.domain.InspectionResult;
import com.returnscope.domain.MediationDecision;
import com.returnscope.domain.NotInExport;
import com.returnscope.domain.OrderLine;
import com.returnscope.domain.OrderMatch;
import com.returnscope.domain.Outcome;
import com.returnscope.domain.Payer;
import com.returnscope.domain.ReturnRequest;
import com.returnscope.domain.ReturnStatus;
import com.returnscope.domain.WindowStatus;
import com.returnscope.policy.LoadedPolicy;
import com.returnscope.policy.PolicyLoader;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static com.returnscope.decision.Cases.DELIVERED;
import static com.returnscope.decision.Cases.RUN_DATE;
import static com.returnscope.decision.Cases.line;
import static com.returnscope.decision.Cases.request;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The decisions of the shipped default policy, one concern at a time: order match,
 * window, the freight payer table and its compliance, appeal candidates, explanations.
 */
class DecisionEngineTests {

	static final LoadedPolicy POLICY = PolicyLoader.load(PolicyLoader.DEFAULT_LOCATION);

	static final DecisionEngine ENGINE = new DecisionEngine(POLICY, ReviewerOverrides.none());

	static Decision decide(Cases.Request request, OrderLine... lines) {
		return ENGINE.decide(request.build(), List.of(lines), RUN_DATE);
	}

	@Nested
	class OrderMatching {

		@Test
		void matchesBuyerNamesAfterRemovingCompanySuffixes() {
			// given "Acme Trading Co., Ltd." on the order and "ACME TRADING co ltd" on
			// the return
			Decision decision = decide(request(), line());

			assertThat(decision.orderMatch()).isEqualTo(OrderMatch.MATCHED);
			assertThat(decision.findings()).doesNotContain("R-ORDER-MATCH");
		}

		@Test
		void orderNotFoundLeavesTheWindowUnknown() {
			Decision decision = decide(request());

			assertThat(decision.orderMatch()).isEqualTo(OrderMatch.ORDER_NOT_FOUND);
			assertThat(decision.windowStatus()).isEqualTo(WindowStatus.UNKNOWN);
			assertThat(decision.daysSinceDelivery()).isNull();
			assertThat(decision.findings()).contains("R-ORDER-MATCH");
			assertThat(decision.explanation()).contains("order PO-1 not found");
		}

		@Test
		void aDifferentWordIsAnotherBuyer() {
			Decision decision = decide(request().buyer("Acme Trade Co., Ltd."), line());

			assertThat(decision.orderMatch()).isEqualTo(OrderMatch.BUYER_MISMATCH);
			assertThat(decision.findings()).contains("R-ORDER-MATCH");
		}

		@Test
		void buyerMismatchComesBeforeAnUnknownSku() {
			Decision decision = decide(request().buyer("Someone Else").sku("SKU-Z"), line());

			assertThat(decision.orderMatch()).isEqualTo(OrderMatch.BUYER_MISMATCH);
		}

		@Test
		void anSkuNotOnTheOrder() {
			Decision decision = decide(request().sku("SKU-Z"), line());

			assertThat(decision.orderMatch()).isEqualTo(OrderMatch.SKU_NOT_ON_ORDER);
			assertThat(decision.explanation()).contains("sku SKU-Z is not on order PO-1");
		}

		@Test
		void aBlankSkuOnAMultiLineOrderIsMissingAndTakesTheLatestDelivery() {
			Decision decision = decide(request().sku(null), line("SKU-A", DELIVERED, Incoterm.DAP),
					line("SKU-B", DELIVERED.plusDays(2), Incoterm.DAP));

			assertThat(decision.orderMatch()).isEqualTo(OrderMatch.SKU_NOT_ON_ORDER);
			assertThat(decision.explanation()).contains("sku missing on order PO-1, which has 2 lines");
			assertThat(decision.daysSinceDelivery()).isEqualTo(1);
		}

		@Test
		void aBlankSkuOnASingleLineOrderMatchesThatLine() {
			Decision decision = decide(request().sku(null), line());

			assertThat(decision.orderMatch()).isEqualTo(OrderMatch.MATCHED);
			assertThat(decision.daysSinceDelivery()).isEqualTo(3);
		}

		@Test
		void withoutABuyerNameOnTheReturnTheOrderIsConfirmedByOrderIdAndSku() {
			// given a return from an export that names no buyer (Amazon's FBA returns)
			Decision matched = decide(request().buyer(null), line());
			Decision wrongSku = decide(request().buyer(null).sku("SKU-Z"), line());

			// then the name is not assumed to match: the explanation says it was not
			// checked
			assertThat(matched.orderMatch()).isEqualTo(OrderMatch.MATCHED);
			assertThat(matched.explanation()).contains("order PO-1 confirmed by order id and sku; the buyer's name "
					+ "could not be checked (the returns export has no buyer name)");
			assertThat(wrongSku.orderMatch()).isEqualTo(OrderMatch.SKU_NOT_ON_ORDER);
		}

		@Test
		void withoutABuyerNameOnTheOrderTheReturnsNameCannotBeChecked() {
			// given an order from an export that names no buyer (Amazon's order reports)
			Decision decision = decide(request().buyer("Someone Else"),
					new OrderLine(2, "PO-1", LocalDate.of(2026, 9, 20), null, null, "SKU-A", null, null, 1,
							BigDecimal.ONE, "USD", null, DELIVERED, null, null, null));

			assertThat(decision.orderMatch()).isEqualTo(OrderMatch.MATCHED);
			assertThat(decision.explanation()).contains("order PO-1 confirmed by order id and sku; the buyer's name "
					+ "could not be checked (the orders export has no buyer name)");
		}

		@Test
		void aReturnRequestedBeforeItsOrderIsDecidedAsUsualAndSaysSo() {
			// given a request dated before the order was placed (2026-09-20)
			Decision early = decide(request().requested(LocalDate.of(2026, 9, 10)), line());
			Decision usual = decide(request().requested(LocalDate.of(2026, 9, 25)), line());

			assertThat(early.orderMatch()).isEqualTo(OrderMatch.MATCHED);
			assertThat(early.findings()).isEqualTo(usual.findings());
			assertThat(early.explanation()).contains(
					"order PO-1 confirmed (ordered 2026-09-20, after the request: the export's dates need checking)");
			assertThat(usual.explanation()).doesNotContain("dates need checking");
		}

		@Test
		void aReturnWithoutARequestDateSaysWhichDateTheWindowCountsFrom() {
			ReturnRequest request = request().build();
			ReturnRequest received = new ReturnRequest(request.line(), request.returnId(), request.orderId(), null,
					request.sku(), request.quantity(), request.requestedDate(), request.reasonCode(),
					request.reasonText(), null, null, null, null, null, ReturnStatus.CLOSED, null, null, Set.of(),
					request.requestedDate(), Set.of(NotInExport.BUYER_NAME, NotInExport.REQUESTED_DATE));

			Decision decision = ENGINE.decide(received, List.of(line()), RUN_DATE);

			assertThat(decision.explanation()).contains("no request date in the export, counted from the return's "
					+ "date 2026-10-04, day 3 after delivery on 2026-10-01");
		}

	}

	@Nested
	class Windows {

		@ParameterizedTest(name = "{0} requested on day {1}: {2}")
		@CsvSource(textBlock = """
				CO, 7,  WITHIN
				CO, 8,  OUTSIDE
				DM, 30, WITHIN
				DM, 31, OUTSIDE
				DM, 0,  WITHIN
				DM, -4, BEFORE_DELIVERY
				""")
		void countsDaysFromDeliveryAgainstTheCategoryWindow(String code, int day, WindowStatus status) {
			Decision decision = decide(request().reason(code, null).requested(DELIVERED.plusDays(day)), line());

			assertThat(decision.windowStatus()).isEqualTo(status);
			assertThat(decision.daysSinceDelivery()).isEqualTo(day);
		}

		@Test
		void unknownWithoutADeliveryDate() {
			Decision decision = decide(request(), line("SKU-A", null, Incoterm.DAP));

			assertThat(decision.windowStatus()).isEqualTo(WindowStatus.UNKNOWN);
			assertThat(decision.explanation()).contains("window unknown (no delivery date)");
		}

	}

	@Nested
	class FreightPayer {

		@ParameterizedTest(name = "{0} / inspection {1} / incoterm {2}: {3} by {4}")
		@CsvSource(textBlock = """
				DM, ,                    DAP, SELLER,       F-QUALITY
				DM, MATCHES_DESCRIPTION, DAP, BUYER,        F-UNSUBSTANTIATED
				DM, PENDING,             EXW, SELLER,       F-QUALITY
				CO, ,                    DDP, BUYER,        F-CHANGE-OF-MIND
				DT, ,                    DAP, SELLER,       F-LOGISTICS-D
				DT, ,                    DPU, SELLER,       F-LOGISTICS-D
				DT, ,                    DDP, SELLER,       F-LOGISTICS-D
				DT, ,                       , SELLER,       F-LOGISTICS-D
				DT, ,                    EXW, BUYER,        F-LOGISTICS-BUYER-RISK
				DT, ,                    FCA, BUYER,        F-LOGISTICS-BUYER-RISK
				DT, ,                    FAS, BUYER,        F-LOGISTICS-BUYER-RISK
				DT, ,                    FOB, BUYER,        F-LOGISTICS-BUYER-RISK
				DT, ,                    CFR, BUYER,        F-LOGISTICS-BUYER-RISK
				DT, ,                    CIF, BUYER,        F-LOGISTICS-BUYER-RISK
				DT, ,                    CPT, BUYER,        F-LOGISTICS-BUYER-RISK
				DT, ,                    CIP, BUYER,        F-LOGISTICS-BUYER-RISK
				,   ,                    DAP, UNDETERMINED, F-UNDETERMINED
				""")
		void followsThePayerTable(String code, InspectionResult inspection, Incoterm incoterm, Payer payer,
				String rule) {
			Decision decision = decide(request().reason(code, null).inspection(inspection),
					line("SKU-A", DELIVERED, incoterm));

			assertThat(decision.expectedFreightPayer()).isEqualTo(payer);
			assertThat(decision.freightRule()).isEqualTo(rule);
			assertThat(decision.explanation()).contains(rule);
		}

		@Test
		void withoutAnOrderTheIncotermIsBlank() {
			Decision decision = decide(request().reason("DT", null));

			assertThat(decision.freightRule()).isEqualTo("F-LOGISTICS-D");
		}

	}

	@Nested
	class FreightCompliant {

		@ParameterizedTest(name = "{0} expected, {2} paid {1}: {3}")
		@CsvSource(textBlock = """
				DM, 25.00, SELLER,   YES,     0
				DM, 25.00, PLATFORM, YES,     0
				DM, 25.00, CARRIER,  YES,     0
				DM, 25.00, BUYER,    NO,      25.00
				CO, 9.50,  BUYER,    YES,     0
				CO, 9.50,  SELLER,   NO,      9.50
				CO, 9.50,  PLATFORM, NO,      9.50
				DM, 0,     BUYER,    YES,     0
				DM, 0,     ,         YES,     0
				DM, ,      BUYER,    UNKNOWN, 0
				DM, 25.00, ,         UNKNOWN, 0
				,   25.00, BUYER,    UNKNOWN, 0
				""")
		void comparesWhoPaidWithWhoOwed(String code, String cost, Payer paidBy, FreightCompliance compliant,
				BigDecimal atIssue) {
			Decision decision = decide(request().reason(code, null).freight(cost, paidBy), line());

			assertThat(decision.freightCompliant()).isEqualTo(compliant);
			assertThat(decision.freightAmountAtIssue()).isEqualByComparingTo(atIssue);
			assertThat(decision.actualFreightPayer()).isEqualTo((paidBy != null) ? paidBy : Payer.UNDETERMINED);
		}

		@Test
		void splitsBreachesByWhoWasWronged() {
			assertThat(decide(request().freight("25.00", Payer.BUYER), line()).freightBreach())
				.isEqualTo(FreightBreach.BUYER_CHARGED_WHERE_SELLER_OWED);
			assertThat(decide(request().reason("CO", null).freight("9.50", Payer.SELLER), line()).freightBreach())
				.isEqualTo(FreightBreach.SELLER_PAID_WHERE_BUYER_OWED);
			assertThat(decide(request().freight("25.00", Payer.SELLER), line()).freightBreach()).isNull();
		}

	}

	@Nested
	class AppealCandidates {

		@Test
		void lostInMediationWithEvidenceAndAnInspectionThatContradictsTheBuyer() {
			Decision decision = decide(request().inspection(InspectionResult.MATCHES_DESCRIPTION)
				.mediation(MediationDecision.FOR_BUYER, Evidence.PHOTOS), line());

			assertThat(decision.appealCandidate()).isTrue();
			assertThat(decision.explanation()).contains("appeal candidate");
		}

		@Test
		void aChangeOfMindLostInMediationWithTracking() {
			assertThat(decide(request().reason("CO", null).mediation(MediationDecision.FOR_BUYER, Evidence.TRACKING),
					line())
				.appealCandidate()).isTrue();
		}

		@Test
		void notWithoutUsableEvidenceNorWhenTheSellerWonNorForAConfirmedDefect() {
			assertThat(decide(request().reason("CO", null).mediation(MediationDecision.FOR_BUYER, Evidence.CHAT_LOG),
					line())
				.appealCandidate()).isFalse();
			assertThat(decide(request().reason("CO", null).mediation(MediationDecision.FOR_SELLER, Evidence.PHOTOS),
					line())
				.appealCandidate()).isFalse();
			assertThat(
					decide(request().mediation(MediationDecision.FOR_BUYER, Evidence.PHOTOS), line()).appealCandidate())
				.isFalse();
		}

	}

	@Nested
	class Classification {

		@Test
		void aConclusiveInspectionWinsOverTheCode() {
			Decision decision = decide(request().reason("CO", null).inspection(InspectionResult.DEFECT_CONFIRMED),
					line());

			assertThat(decision.category()).isEqualTo(Category.QUALITY);
			assertThat(decision.subreason()).isEqualTo("DEFECTIVE");
			assertThat(decision.classifiedBy()).isEqualTo(ClassifiedBy.INSPECTION);
			assertThat(decision.matchedTerm()).isEqualTo("DEFECT_CONFIRMED");
		}

		@Test
		void aDecoratedCodeIsFound() {
			Decision decision = decide(request().reason("DEFECTIVE(存在瑕疵)", null), line());

			assertThat(decision.classifiedBy()).isEqualTo(ClassifiedBy.REASON_CODE);
			assertThat(decision.subreason()).isEqualTo("DEFECTIVE");
			assertThat(decision.explanation()).startsWith("QUALITY/DEFECTIVE by reason code DEFECTIVE(存在瑕疵)");
		}

		@Test
		void aKnownCodeWinsOverTheBuyersWords() {
			Decision decision = decide(request().reason("CO", "it stopped working after two days"), line());

			assertThat(decision.classifiedBy()).isEqualTo(ClassifiedBy.REASON_CODE);
			assertThat(decision.category()).isEqualTo(Category.CHANGE_OF_MIND);
		}

		@Test
		void anUnmappedCodeFallsThroughToTheBuyersWords() {
			Decision decision = decide(request().reason("OTHER", "It stopped working after two days"), line());

			assertThat(decision.classifiedBy()).isEqualTo(ClassifiedBy.KEYWORD);
			assertThat(decision.category()).isEqualTo(Category.QUALITY);
			assertThat(decision.subreason()).isEqualTo("DEFECTIVE");
			assertThat(decision.explanation())
				.startsWith("QUALITY/DEFECTIVE by keyword \"" + decision.matchedTerm() + "\"");
		}

		@Test
		void nothingToGoOnIsUnclassified() {
			Decision decision = decide(request().reason(null, null), line());

			assertThat(decision.category()).isEqualTo(Category.UNCLASSIFIED);
			assertThat(decision.subreason()).isEmpty();
			assertThat(decision.classifiedBy()).isEqualTo(ClassifiedBy.NONE);
			assertThat(decision.matchedTerm()).isEmpty();
		}

		@Test
		void theBuyersWordsAreReadWhenACodeDecidesAndAContradictionIsAFreightDisputeCandidate() {
			// given the code DEFECTIVE, and a buyer who says they no longer need the
			// goods
			Decision decision = decide(
					request().reason("DEFECTIVE", "we no longer need them, our project was cancelled"), line());

			assertThat(decision.classifiedBy()).isEqualTo(ClassifiedBy.REASON_CODE);
			assertThat(decision.category()).isEqualTo(Category.QUALITY);
			assertThat(decision.expectedFreightPayer()).isEqualTo(Payer.SELLER);
			assertThat(decision.textCategory()).isEqualTo(Category.CHANGE_OF_MIND);
			assertThat(decision.confidence()).isNull();
			assertThat(decision.freightDisputeCandidate()).isTrue();
			assertThat(decision.explanation())
				.startsWith("QUALITY/DEFECTIVE by reason code DEFECTIVE (the buyer's text reads CHANGE_OF_MIND);");
		}

		@Test
		void wordsThatAgreeWithTheCodeMakeNoDisputeCandidate() {
			Decision decision = decide(request().reason("DEFECTIVE", "it stopped working after two days"), line());

			assertThat(decision.textCategory()).isEqualTo(Category.QUALITY);
			assertThat(decision.freightDisputeCandidate()).isFalse();
			assertThat(decision.explanation()).doesNotContain("the buyer's text reads");
		}

		@Test
		void aKeywordDecisionCarriesTheModelsConfidence() {
			Decision decision = decide(request().reason(null, "It stopped working after two days"), line());

			assertThat(decision.classifiedBy()).isEqualTo(ClassifiedBy.KEYWORD);
			assertThat(decision.confidence()).isBetween(new BigDecimal("0.40"), BigDecimal.ONE);
			assertThat(decision.textCategory()).isEqualTo(Category.QUALITY);
		}

		@Test
		void theModelDecidesWhatNoTermMatchesAndNamesItsCues() {
			Decision decision = decide(request().reason(null, "sorry i clicked the blue one but wanted black"), line());

			assertThat(decision.classifiedBy()).isEqualTo(ClassifiedBy.MODEL);
			assertThat(decision.category()).isEqualTo(Category.CHANGE_OF_MIND);
			assertThat(decision.confidence()).isGreaterThanOrEqualTo(new BigDecimal("0.85"));
			assertThat(decision.explanation())
				.startsWith("CHANGE_OF_MIND/ORDERED_BY_MISTAKE by the text model (confidence " + decision.confidence()
						+ "; cues " + decision.matchedTerm() + ")");
		}

		@Test
		void theModelOverrulingATermNamesTheTerm() {
			Decision decision = decide(
					request().reason(null, "the listing said delivery in a week but it took six weeks to get here"),
					line());

			assertThat(decision.classifiedBy()).isEqualTo(ClassifiedBy.MODEL);
			assertThat(decision.explanation()).startsWith("LOGISTICS/LATE_DELIVERY by the text model (confidence "
					+ decision.confidence() + "; cues " + decision.matchedTerm()
					+ "; it overrules the keyword \"listing said\", which says " + "QUALITY/NOT_AS_DESCRIBED (model ");
		}

		@Test
		void aTextInAnUnsupportedLanguageIsUnclassifiedAndSaysSo() {
			Decision decision = decide(request().reason(null, "배터리가 고장났어요 환불해 주세요"), line());

			assertThat(decision.category()).isEqualTo(Category.UNCLASSIFIED);
			assertThat(decision.textCategory()).isNull();
			assertThat(decision.explanation()).startsWith("UNCLASSIFIED: language not supported (Korean);");
		}

		@Test
		void aReviewerOverrideWinsOverEverything() {
			// given a reviewer's label for RT-1
			DecisionEngine engine = new DecisionEngine(POLICY, ReviewerOverrides
				.load(Path.of("src/test/resources/com/returnscope/decision/overrides.csv"), POLICY.policy()));

			Decision decision = engine.decide(request().inspection(InspectionResult.DEFECT_CONFIRMED).build(),
					List.of(line()), RUN_DATE);

			assertThat(decision.classifiedBy()).isEqualTo(ClassifiedBy.OVERRIDE);
			assertThat(decision.category()).isEqualTo(Category.LOGISTICS);
			assertThat(decision.matchedTerm()).isEqualTo("carrier accepted liability");
			assertThat(decision.explanation())
				.startsWith("LOGISTICS/DAMAGED_IN_TRANSIT: a reviewer decided (\"carrier accepted liability\")");
		}

	}

	@Test
	void explainsWithRuleIdsDatesAndThePolicyVersion() {
		Decision decision = decide(request().freight("25.00", Payer.BUYER).status(ReturnStatus.CLOSED, Outcome.REFUND),
				line());

		assertThat(decision.findings()).containsExactly("R-INSPECTION", "R-FREIGHT");
		assertThat(decision.explanation()).isEqualTo("QUALITY/DEFECTIVE by reason code DM; order PO-1 confirmed; "
				+ "requested 2026-10-04, day 3 after delivery on 2026-10-01, within the 30-day window; "
				+ "SELLER owes the return freight (F-QUALITY), but BUYER paid 25.00 USD: buyer charged where seller owed; "
				+ "fails R-INSPECTION (CLOSED with REFUND but inspection blank), "
				+ "R-FREIGHT (BUYER paid where SELLER owed (F-QUALITY)); policy 2026.12-default-2.");
	}

}

package com.returnscope.decision;

import java.time.LocalDate;

import com.returnscope.domain.Classification;
import com.returnscope.domain.ReturnRequest;

/**
 * Everything known about one return when its compliance rules are checked.
 *
 * @param request the return as exported
 * @param order its confirmed order
 * @param classification its reason
 * @param window its place in the return window
 * @param freight who must pay and who did
 * @param runDate the run's date, for rules that measure time still passing
 */
public record ReturnCase(ReturnRequest request, OrderConfirmation order, Classification classification,
		ReturnWindow window, FreightAssessment freight, LocalDate runDate) {
}

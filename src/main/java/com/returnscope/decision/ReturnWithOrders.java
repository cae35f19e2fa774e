package com.returnscope.decision;

import java.util.List;

import com.returnscope.domain.OrderLine;
import com.returnscope.domain.ReturnRequest;

/**
 * A return of the run with every line the history holds of its order (none when the order
 * is unknown), in the order the lines were first exported.
 */
public record ReturnWithOrders(ReturnRequest request, List<OrderLine> orderLines) {

	public ReturnWithOrders {
		orderLines = List.copyOf(orderLines);
	}

}

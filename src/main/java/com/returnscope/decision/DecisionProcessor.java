package com.returnscope.decision;

import java.time.LocalDate;

import com.returnscope.domain.Decision;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/** Decides one return of the run with its order's lines, as of the run date. */
public class DecisionProcessor implements ItemProcessor<ReturnWithOrders, Decision> {

	private final DecisionEngine engine;

	private final LocalDate runDate;

	public DecisionProcessor(DecisionEngine engine, LocalDate runDate) {
		this.engine = engine;
		this.runDate = runDate;
	}

	@Override
	public Decision process(ReturnWithOrders item) {
		return this.engine.decide(item.request(), item.orderLines(), this.runDate);
	}

}

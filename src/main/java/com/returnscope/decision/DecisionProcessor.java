package com.returnscope.decision;

import java.time.LocalDate;

import com.returnscope.domain.Decision;
import com.returnscope.domain.ReturnRequest;
import com.returnscope.ingest.StagingRepository;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/** Decides one staged return with its order's staged lines, as of the run date. */
public class DecisionProcessor implements ItemProcessor<ReturnRequest, Decision> {

	private final DecisionEngine engine;

	private final StagingRepository staging;

	private final long instance;

	private final LocalDate runDate;

	public DecisionProcessor(DecisionEngine engine, StagingRepository staging, long instance, LocalDate runDate) {
		this.engine = engine;
		this.staging = staging;
		this.instance = instance;
		this.runDate = runDate;
	}

	@Override
	public Decision process(ReturnRequest request) {
		return this.engine.decide(request, this.staging.orderLines(this.instance, request.orderId()), this.runDate);
	}

}

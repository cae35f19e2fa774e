package com.returnscope.decision;

import com.returnscope.domain.Decision;
import com.returnscope.domain.Money;
import com.returnscope.job.CsvOutput;
import com.returnscope.job.RunContext;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/**
 * Renders decisions.csv from the staged decisions: one row per accepted return, in
 * returns.csv order, with exactly the data contract's columns.
 */
@Component
public class DecisionsFile implements Tasklet {

	public static final String NAME = "decisions.csv";

	static final String[] HEADER = { "return_id", "order_id", "order_match", "category", "subreason", "classified_by",
			"matched_term", "days_since_delivery", "window_status", "expected_freight_payer", "actual_freight_payer",
			"freight_compliant", "freight_amount_at_issue", "currency", "findings", "explanation", "confidence",
			"text_category" };

	private final DecisionRepository decisions;

	public DecisionsFile(DecisionRepository decisions) {
		this.decisions = decisions;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		RunContext run = RunContext.of(chunkContext);
		CsvOutput.write(run.outputs().file(NAME), HEADER,
				(csv) -> this.decisions.forEach(run.runId(), (decision) -> print(csv, decision)));
		return RepeatStatus.FINISHED;
	}

	private static void print(CsvOutput.Records csv, Decision d) {
		// text copied from the inputs is neutralised by CsvOutput; the job's numbers are
		// not
		csv.print(d.returnId(), d.orderId(), d.orderMatch(), d.category(), d.subreason(), d.classifiedBy(),
				d.matchedTerm(), d.daysSinceDelivery(), d.windowStatus(), d.expectedFreightPayer(),
				d.actualFreightPayer(), d.freightCompliant(),
				new CsvOutput.Computed(Money.plain(d.freightAmountAtIssue(), d.currency())), d.currency(),
				String.join(";", d.findings()), d.explanation(), d.confidence(), d.textCategory());
	}

}

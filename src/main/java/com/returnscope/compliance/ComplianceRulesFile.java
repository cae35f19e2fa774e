package com.returnscope.compliance;

import java.math.BigDecimal;
import java.util.Map;

import com.returnscope.domain.Money;
import com.returnscope.job.CsvOutput;
import com.returnscope.job.RunContext;
import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/**
 * Renders compliance-rules.csv, the Rules sheet's figures for auditors' own tools: one
 * row per rule and currency where money is at stake, one row with blank currency and
 * amount for a rule without; rules in the policy's order, currencies alphabetical.
 */
@Component
public class ComplianceRulesFile implements Tasklet {

	public static final String NAME = "compliance-rules.csv";

	static final String[] HEADER = { "rule_id", "description", "evaluated", "passed", "failed", "not_applicable",
			"compliance_rate", "currency", "amount_at_stake" };

	private final ComplianceFigures figures;

	public ComplianceRulesFile(ComplianceFigures figures) {
		this.figures = figures;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		RunContext run = RunContext.of(chunkContext);
		CsvOutput.write(run.outputs().file(NAME), HEADER, (csv) -> {
			for (RuleFigures rule : this.figures.of(run).run().rules()) {
				if (rule.atStake().isEmpty()) {
					print(csv, rule, "", null);
				}
				for (Map.Entry<String, BigDecimal> stake : rule.atStake().entrySet()) {
					print(csv, rule, stake.getKey(), stake.getValue());
				}
			}
		});
		return RepeatStatus.FINISHED;
	}

	private static void print(CsvOutput.Records csv, RuleFigures rule, String currency, @Nullable BigDecimal amount) {
		csv.print(rule.id(), description(rule), rule.evaluated(), rule.passed(), rule.failed(), rule.notApplicable(),
				rule.complianceRate(), currency, (amount != null)
						? new CsvOutput.Computed(Money.plain(amount, currency.isEmpty() ? null : currency)) : null);
	}

	/** The policy's words, and for a rule switched off, that it was not evaluated. */
	private static String description(RuleFigures rule) {
		return rule.enabled() ? rule.description()
				: rule.description() + " (switched off in the policy: not evaluated)";
	}

}

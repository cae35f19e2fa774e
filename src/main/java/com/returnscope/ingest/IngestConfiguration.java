package com.returnscope.ingest;

import java.nio.charset.Charset;

import com.returnscope.domain.OrderLine;
import com.returnscope.domain.ReturnRequest;
import com.returnscope.job.RunContext;
import com.returnscope.job.RunParameters;
import com.returnscope.job.RunParameters.Role;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The readers, key filters and writers of the two ingest steps. They are step scoped:
 * each takes its file and run from the job parameters, which a restart shares with the
 * execution it resumes.
 */
@Configuration(proxyBeanMethods = false)
public class IngestConfiguration {

	@Bean
	@StepScope
	public CsvFileReader<ParsedRow<OrderLine>> ordersReader(@Value("#{stepExecution}") StepExecution step) {
		Layout<OrderLine> layout = Layouts.orders(RunContext.of(step).parameters().input(Role.ORDERS).layout());
		return new CsvFileReader<>(Role.ORDERS.key(), inputFile(step, Role.ORDERS), layout,
				RunContext.of(step).runDate(), (row) -> new ParsedRow<>(layout.map(row), row));
	}

	@Bean
	@StepScope
	public CsvFileReader<ParsedRow<ReturnRequest>> returnsReader(@Value("#{stepExecution}") StepExecution step) {
		Layout<ReturnRequest> layout = Layouts.returns(RunContext.of(step).parameters().input(Role.RETURNS).layout());
		return new CsvFileReader<>(Role.RETURNS.key(), inputFile(step, Role.RETURNS), layout,
				RunContext.of(step).runDate(), (row) -> new ParsedRow<>(layout.map(row), row));
	}

	@Bean
	@StepScope
	public HistoryKeyFilter<OrderLine> ordersKeyFilter(@Value("#{stepExecution}") StepExecution step,
			OrderLineHistory history) {
		RunContext run = RunContext.of(step);
		return new HistoryKeyFilter<>(run.inputName(Role.ORDERS),
				Layouts.orders(run.parameters().input(Role.ORDERS).layout()).key(), run.runId(), history);
	}

	@Bean
	@StepScope
	public HistoryKeyFilter<ReturnRequest> returnsKeyFilter(@Value("#{stepExecution}") StepExecution step,
			ReturnHistory history) {
		RunContext run = RunContext.of(step);
		return new HistoryKeyFilter<>(run.inputName(Role.RETURNS),
				Layouts.returns(run.parameters().input(Role.RETURNS).layout()).key(), run.runId(), history);
	}

	@Bean
	@StepScope
	public HistoryWriter<OrderLine> ordersWriter(@Value("#{stepExecution}") StepExecution step,
			OrderLineHistory history) {
		RunContext run = RunContext.of(step);
		return new HistoryWriter<>(Role.ORDERS.key(), run.runId(), run.runDate(), history);
	}

	@Bean
	@StepScope
	public HistoryWriter<ReturnRequest> returnsWriter(@Value("#{stepExecution}") StepExecution step,
			ReturnHistory history) {
		RunContext run = RunContext.of(step);
		return new HistoryWriter<>(Role.RETURNS.key(), run.runId(), run.runDate(), history);
	}

	@Bean
	@StepScope
	public RejectsRecorder rejectsRecorder(@Value("#{stepExecution}") StepExecution step, RejectsRepository rejects) {
		return new RejectsRecorder(rejects, RunContext.of(step).runId());
	}

	@Bean
	public StepExecutionListener ordersCounts(InputCounts counts) {
		return counts.recorder(Role.ORDERS);
	}

	@Bean
	public StepExecutionListener returnsCounts(InputCounts counts) {
		return counts.recorder(Role.RETURNS);
	}

	private static InputFile inputFile(StepExecution step, Role role) {
		RunParameters.Input input = RunContext.of(step).parameters().input(role);
		return new InputFile(input.file(), Charset.forName(input.encoding()), input.layout(), input.sheet());
	}

}

package com.returnscope.run;

import com.returnscope.compliance.ComplianceRulesFile;
import com.returnscope.compliance.ComplianceSummary;
import com.returnscope.compliance.HistoryOrders;
import com.returnscope.compliance.HistoryOrdersFile;
import com.returnscope.decision.DecisionProcessor;
import com.returnscope.decision.DecisionWriter;
import com.returnscope.decision.DecisionsFile;
import com.returnscope.decision.ReturnWithOrders;
import com.returnscope.decision.ReturnsWithOrdersReader;
import com.returnscope.domain.Decision;
import com.returnscope.domain.OrderLine;
import com.returnscope.domain.ReturnRequest;
import com.returnscope.history.Retention;
import com.returnscope.history.RetentionTasklet;
import com.returnscope.ingest.CsvFileReader;
import com.returnscope.ingest.HistoryKeyFilter;
import com.returnscope.ingest.HistoryWriter;
import com.returnscope.ingest.IncomingRow;
import com.returnscope.ingest.ParsedRow;
import com.returnscope.ingest.RejectedRowException;
import com.returnscope.ingest.RejectsFile;
import com.returnscope.ingest.RejectsRecorder;
import com.returnscope.publish.PublishTasklet;
import com.returnscope.publish.StagingFolderCleaner;
import com.returnscope.report.ReturnsReport;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.FlowBuilder;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.flow.Flow;
import org.springframework.batch.core.job.flow.support.SimpleFlow;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.core.task.TaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The nightly returns job, step by step. Retention prunes old runs; the two input files
 * are read side by side into the history (restartable where they stopped); the run's
 * returns are decided against every order the history holds; then the files are rendered
 * from the tables side by side, and published. Rendering and publishing run again on a
 * restart, so a restarted run writes exactly what an uninterrupted one would, and make up
 * the render job, which writes a completed run's files again from the history.
 */
@Configuration(proxyBeanMethods = false)
public class ReturnsJobConfiguration {

	public static final String JOB_NAME = "returnsJob";

	public static final String RENDER_JOB_NAME = "renderJob";

	static final String ORDERS_STEP = "ordersStep";

	static final String RETURNS_STEP = "returnsStep";

	static final String DECISIONS_STEP = "decisionsStep";

	@Bean
	public Job returnsJob(JobRepository jobRepository, StagingFolderCleaner stagingFolderCleaner, RunMonitor runMonitor,
			Step retentionStep, Step ordersStep, Step returnsStep, Step historyOrdersStep, Step decisionsStep,
			Step decisionsFileStep, Step rejectsFileStep, Step returnsReportStep, Step complianceReportStep,
			Step complianceRulesFileStep, Step historyOrdersFileStep, Step publishStep,
			@Qualifier("flowExecutor") TaskExecutor flowExecutor) {
		return new JobBuilder(JOB_NAME, jobRepository).listener(stagingFolderCleaner)
			.listener(runMonitor) // SIGTERM stops it after the chunk; progress lines
			.start(flow(retentionStep)) // prunes runs older than the retention setting
			.next(parallel("ingest", flowExecutor, ordersStep, // orders.csv -> order
																// history, rejects
					returnsStep)) // returns.csv -> the run's returns, return history,
									// rejects
			.next(historyOrdersStep) // the order lines of earlier exports the returns
										// refer to
			.next(decisionsStep) // the run's returns + every order the history holds ->
									// decisions
			.next(render(flowExecutor, decisionsFileStep, rejectsFileStep, returnsReportStep, complianceReportStep,
					complianceRulesFileStep, historyOrdersFileStep))
			.next(publishStep) // -> run-manifest.json, then the folder moves into place
			.end()
			.build();
	}

	/** Writes a completed run's files again from the history, into an output folder. */
	@Bean
	public Job renderJob(JobRepository jobRepository, StagingFolderCleaner stagingFolderCleaner, RunMonitor runMonitor,
			Step decisionsFileStep, Step rejectsFileStep, Step returnsReportStep, Step complianceReportStep,
			Step complianceRulesFileStep, Step historyOrdersFileStep, Step publishStep,
			@Qualifier("flowExecutor") TaskExecutor flowExecutor) {
		return new JobBuilder(RENDER_JOB_NAME, jobRepository).listener(stagingFolderCleaner)
			.listener(runMonitor)
			.start(render(flowExecutor, decisionsFileStep, rejectsFileStep, returnsReportStep, complianceReportStep,
					complianceRulesFileStep, historyOrdersFileStep))
			.next(publishStep)
			.end()
			.build();
	}

	/** Both cores: independent steps run side by side. */
	@Bean
	public TaskExecutor flowExecutor() {
		return new SimpleAsyncTaskExecutor("returnscope-");
	}

	@Bean
	public Step retentionStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			Retention retention, ReturnScopeProperties properties) {
		return new StepBuilder("retentionStep", jobRepository)
			.tasklet(new RetentionTasklet(retention, properties.retentionDays()), transactionManager)
			.build();
	}

	@Bean
	public Step ordersStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ReturnScopeProperties properties, CsvFileReader<ParsedRow<OrderLine>> ordersReader,
			HistoryKeyFilter<OrderLine> ordersKeyFilter, HistoryWriter<OrderLine> ordersWriter,
			RejectsRecorder rejectsRecorder, StepExecutionListener ordersCounts) {
		return ingestStep(ORDERS_STEP, jobRepository, transactionManager, properties, ordersReader, ordersKeyFilter,
				ordersWriter, rejectsRecorder, ordersCounts);
	}

	@Bean
	public Step returnsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ReturnScopeProperties properties, CsvFileReader<ParsedRow<ReturnRequest>> returnsReader,
			HistoryKeyFilter<ReturnRequest> returnsKeyFilter, HistoryWriter<ReturnRequest> returnsWriter,
			RejectsRecorder rejectsRecorder, StepExecutionListener returnsCounts) {
		return ingestStep(RETURNS_STEP, jobRepository, transactionManager, properties, returnsReader, returnsKeyFilter,
				returnsWriter, rejectsRecorder, returnsCounts);
	}

	/**
	 * Keeps the order lines of earlier exports that the run's returns refer to, as the
	 * history holds them before the run decides; once per run.
	 */
	@Bean
	public Step historyOrdersStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			HistoryOrders historyOrders) {
		return new StepBuilder("historyOrdersStep", jobRepository).tasklet(historyOrders, transactionManager).build();
	}

	@Bean
	public Step decisionsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ReturnScopeProperties properties, ReturnsWithOrdersReader returnsWithOrdersReader,
			DecisionProcessor decisionProcessor, DecisionWriter decisionWriter) {
		return new StepBuilder(DECISIONS_STEP, jobRepository).<ReturnWithOrders, Decision>chunk(properties.chunkSize())
			.transactionManager(transactionManager)
			.reader(returnsWithOrdersReader)
			.processor(decisionProcessor)
			.writer(decisionWriter)
			.build();
	}

	@Bean
	public Step decisionsFileStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			DecisionsFile decisionsFile) {
		return renderStep("decisionsFileStep", decisionsFile, jobRepository, transactionManager);
	}

	@Bean
	public Step rejectsFileStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			RejectsFile rejectsFile) {
		return renderStep("rejectsFileStep", rejectsFile, jobRepository, transactionManager);
	}

	@Bean
	public Step returnsReportStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ReturnsReport returnsReport) {
		return renderStep("returnsReportStep", returnsReport, jobRepository, transactionManager);
	}

	@Bean
	public Step complianceReportStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ComplianceSummary complianceSummary) {
		return renderStep("complianceReportStep", complianceSummary, jobRepository, transactionManager);
	}

	@Bean
	public Step complianceRulesFileStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ComplianceRulesFile complianceRulesFile) {
		return renderStep("complianceRulesFileStep", complianceRulesFile, jobRepository, transactionManager);
	}

	@Bean
	public Step historyOrdersFileStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			HistoryOrdersFile historyOrdersFile) {
		return renderStep("historyOrdersFileStep", historyOrdersFile, jobRepository, transactionManager);
	}

	@Bean
	public Step publishStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			PublishTasklet publishTasklet) {
		return renderStep("publishStep", publishTasklet, jobRepository, transactionManager);
	}

	/**
	 * decisions.csv, rejects.csv, both workbooks and the auditors' CSV files, side by
	 * side.
	 */
	private static Flow render(TaskExecutor executor, Step decisionsFileStep, Step rejectsFileStep,
			Step returnsReportStep, Step complianceReportStep, Step complianceRulesFileStep,
			Step historyOrdersFileStep) {
		return parallel("render", executor, decisionsFileStep, // -> decisions.csv
				rejectsFileStep, // -> rejects.csv
				returnsReportStep, // -> returns-report.xlsx, for managers
				complianceReportStep, // -> compliance-summary.xlsx, for auditors
				complianceRulesFileStep, // -> compliance-rules.csv, for auditors' tools
				historyOrdersFileStep); // -> history-orders.csv, what verify recomputes
										// with
	}

	private static Flow parallel(String name, TaskExecutor executor, Step... steps) {
		Flow[] flows = new Flow[steps.length];
		for (int i = 0; i < steps.length; i++) {
			flows[i] = flow(steps[i]);
		}
		return new FlowBuilder<SimpleFlow>(name).split(executor).add(flows).build();
	}

	private static Flow flow(Step step) {
		return new FlowBuilder<SimpleFlow>(step.getName() + "Flow").start(step).build();
	}

	/**
	 * Reads one input file: bad rows are skipped into the rejects table up to the
	 * configured limit; the rows read and accepted are kept with the run when it ends.
	 */
	private static <T> Step ingestStep(String name, JobRepository jobRepository,
			PlatformTransactionManager transactionManager, ReturnScopeProperties properties,
			CsvFileReader<ParsedRow<T>> reader, HistoryKeyFilter<T> keyFilter, HistoryWriter<T> writer,
			RejectsRecorder rejectsRecorder, StepExecutionListener counts) {
		return new StepBuilder(name, jobRepository).<ParsedRow<T>, IncomingRow<T>>chunk(properties.chunkSize())
			.transactionManager(transactionManager)
			.reader(reader)
			.processor(keyFilter)
			.writer(writer)
			.faultTolerant()
			.skip(RejectedRowException.class)
			.skipLimit(properties.maxRejectedRows())
			.skipListener(rejectsRecorder)
			.listener(counts)
			.build();
	}

	/** Renders or publishes from the tables; runs again on every restart. */
	private static Step renderStep(String name, Tasklet tasklet, JobRepository jobRepository,
			PlatformTransactionManager transactionManager) {
		return new StepBuilder(name, jobRepository).tasklet(tasklet, transactionManager)
			.allowStartIfComplete(true)
			.build();
	}

}

package com.returnscope.run;

import com.returnscope.compliance.ComplianceSummary;
import com.returnscope.decision.DecisionProcessor;
import com.returnscope.decision.DecisionWriter;
import com.returnscope.decision.DecisionsFile;
import com.returnscope.domain.Decision;
import com.returnscope.domain.OrderLine;
import com.returnscope.domain.ReturnRequest;
import com.returnscope.ingest.CsvFileReader;
import com.returnscope.ingest.DuplicateKeyFilter;
import com.returnscope.ingest.ParsedRow;
import com.returnscope.ingest.RejectedRowException;
import com.returnscope.ingest.RejectsFile;
import com.returnscope.ingest.RejectsRecorder;
import com.returnscope.ingest.StagingWriter;
import com.returnscope.publish.PublishTasklet;
import com.returnscope.publish.StagingFolderCleaner;
import com.returnscope.report.ReturnsReport;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.listener.ExecutionContextPromotionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.database.JdbcPagingItemReader;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The nightly returns job, step by step. The first three steps stage data in the database
 * inside their chunk transactions (restartable where they stopped); the rest render and
 * publish files from those tables and always run again on a restart, so a restarted run
 * writes exactly what an uninterrupted one would.
 */
@Configuration(proxyBeanMethods = false)
public class ReturnsJobConfiguration {

	public static final String JOB_NAME = "returnsJob";

	@Bean
	public Job returnsJob(JobRepository jobRepository, StagingFolderCleaner stagingFolderCleaner, Step ordersStep,
			Step returnsStep, Step decisionsStep, Step decisionsFileStep, Step rejectsFileStep, Step returnsReportStep,
			Step complianceReportStep, Step publishStep) {
		return new JobBuilder(JOB_NAME, jobRepository).listener(stagingFolderCleaner)
			.start(ordersStep) // orders.csv -> staged order lines, rejects
			.next(returnsStep) // returns.csv -> staged returns, rejects
			.next(decisionsStep) // staged returns + their orders -> decisions
			.next(decisionsFileStep) // -> decisions.csv
			.next(rejectsFileStep) // -> rejects.csv
			.next(returnsReportStep) // -> returns-report.xlsx, for managers
			.next(complianceReportStep) // -> compliance-summary.xlsx, for auditors
			.next(publishStep) // -> run-manifest.json, then the folder moves into place
			.build();
	}

	@Bean
	public Step ordersStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ReturnScopeProperties properties, CsvFileReader<ParsedRow<OrderLine>> ordersReader,
			DuplicateKeyFilter<OrderLine> ordersDuplicateFilter, StagingWriter<OrderLine> ordersWriter,
			RejectsRecorder rejectsRecorder) {
		return ingestStep("ordersStep", "orders", jobRepository, transactionManager, properties, ordersReader,
				ordersDuplicateFilter, ordersWriter, rejectsRecorder);
	}

	@Bean
	public Step returnsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ReturnScopeProperties properties, CsvFileReader<ParsedRow<ReturnRequest>> returnsReader,
			DuplicateKeyFilter<ReturnRequest> returnsDuplicateFilter, StagingWriter<ReturnRequest> returnsWriter,
			RejectsRecorder rejectsRecorder) {
		return ingestStep("returnsStep", "returns", jobRepository, transactionManager, properties, returnsReader,
				returnsDuplicateFilter, returnsWriter, rejectsRecorder);
	}

	@Bean
	public Step decisionsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ReturnScopeProperties properties, JdbcPagingItemReader<ReturnRequest> stagedReturnsReader,
			DecisionProcessor decisionProcessor, DecisionWriter decisionWriter) {
		return new StepBuilder("decisionsStep", jobRepository).<ReturnRequest, Decision>chunk(properties.chunkSize())
			.transactionManager(transactionManager)
			.reader(stagedReturnsReader)
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
	public Step publishStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			PublishTasklet publishTasklet) {
		return renderStep("publishStep", publishTasklet, jobRepository, transactionManager);
	}

	/**
	 * Reads one input file: bad rows are skipped into the rejects table up to the
	 * configured limit, and the count of rows read is promoted to the job for the
	 * manifest's reconciliation.
	 */
	private static <T> Step ingestStep(String name, String input, JobRepository jobRepository,
			PlatformTransactionManager transactionManager, ReturnScopeProperties properties,
			CsvFileReader<ParsedRow<T>> reader, DuplicateKeyFilter<T> duplicateFilter, StagingWriter<T> writer,
			RejectsRecorder rejectsRecorder) {
		ExecutionContextPromotionListener rowsRead = new ExecutionContextPromotionListener();
		rowsRead.setKeys(new String[] { input + CsvFileReader.ROWS_READ });
		return new StepBuilder(name, jobRepository).<ParsedRow<T>, ParsedRow<T>>chunk(properties.chunkSize())
			.transactionManager(transactionManager)
			.reader(reader)
			.processor(duplicateFilter)
			.writer(writer)
			.faultTolerant()
			.skip(RejectedRowException.class)
			.skipLimit(properties.maxRejectedRows())
			.skipListener(rejectsRecorder)
			.listener(rowsRead)
			.build();
	}

	/** Renders or publishes from the staged tables; runs again on every restart. */
	private static Step renderStep(String name, Tasklet tasklet, JobRepository jobRepository,
			PlatformTransactionManager transactionManager) {
		return new StepBuilder(name, jobRepository).tasklet(tasklet, transactionManager)
			.allowStartIfComplete(true)
			.build();
	}

}

package com.returnscope.decision;

import java.time.LocalDate;
import java.util.Map;
import javax.sql.DataSource;

import com.returnscope.domain.ReturnRequest;
import com.returnscope.ingest.StagingRepository;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.infrastructure.item.database.JdbcPagingItemReader;
import org.springframework.batch.infrastructure.item.database.Order;
import org.springframework.batch.infrastructure.item.database.builder.JdbcPagingItemReaderBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The reader, processor and writer of the decision step: staged returns in file order,
 * each decided with its order's lines, written to the decisions table.
 */
@Configuration(proxyBeanMethods = false)
public class DecisionConfiguration {

	@Bean
	@StepScope
	public JdbcPagingItemReader<ReturnRequest> stagedReturnsReader(DataSource dataSource,
			@Value("#{stepExecution.jobExecution.jobInstance.id}") long instance,
			@Value("#{jobParameters['chunk.size']}") Long pageSize) throws Exception {
		return new JdbcPagingItemReaderBuilder<ReturnRequest>().name("stagedReturns")
			.dataSource(dataSource)
			.selectClause("SELECT " + StagingRepository.returnColumns("r", ""))
			.fromClause("FROM rs_return_request r")
			.whereClause("WHERE r.instance_id = :instance")
			.parameterValues(Map.of("instance", instance))
			.sortKeys(Map.of("line_no", Order.ASCENDING))
			.pageSize(pageSize.intValue())
			.rowMapper(StagingRepository.returnRow(""))
			.build();
	}

	@Bean
	@StepScope
	public DecisionProcessor decisionProcessor(DecisionEngine engine, StagingRepository staging,
			@Value("#{stepExecution.jobExecution.jobInstance.id}") long instance,
			@Value("#{jobParameters['run.date']}") LocalDate runDate) {
		return new DecisionProcessor(engine, staging, instance, runDate);
	}

	@Bean
	@StepScope
	public DecisionWriter decisionWriter(DecisionRepository decisions,
			@Value("#{stepExecution.jobExecution.jobInstance.id}") long instance) {
		return new DecisionWriter(decisions, instance);
	}

}

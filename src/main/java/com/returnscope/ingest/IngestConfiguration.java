package com.returnscope.ingest;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;

import com.returnscope.domain.OrderLine;
import com.returnscope.domain.ReturnRequest;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The readers, duplicate filters and writers of the two ingest steps. They are step
 * scoped: each takes its file from the job parameters and stages rows under the job
 * instance, which a restart shares with the execution it resumes.
 */
@Configuration(proxyBeanMethods = false)
public class IngestConfiguration {

	@Bean
	@StepScope
	public CsvFileReader<ParsedRow<OrderLine>> ordersReader(@Value("#{jobParameters['orders.file']}") String file,
			@Value("#{jobParameters['orders.encoding']}") String encoding) {
		return new CsvFileReader<>("orders", new InputFile(Path.of(file), Charset.forName(encoding)),
				OrdersFile.COLUMNS, OrdersFile.REQUIRED,
				(row) -> new ParsedRow<>(OrdersFile.map(row), row.rawRecord()));
	}

	@Bean
	@StepScope
	public CsvFileReader<ParsedRow<ReturnRequest>> returnsReader(@Value("#{jobParameters['returns.file']}") String file,
			@Value("#{jobParameters['returns.encoding']}") String encoding) {
		return new CsvFileReader<>("returns", new InputFile(Path.of(file), Charset.forName(encoding)),
				ReturnsFile.COLUMNS, ReturnsFile.REQUIRED,
				(row) -> new ParsedRow<>(ReturnsFile.map(row), row.rawRecord()));
	}

	@Bean
	@StepScope
	public DuplicateKeyFilter<OrderLine> ordersDuplicateFilter(StagingRepository staging,
			@Value("#{jobParameters['orders.file']}") String file,
			@Value("#{stepExecution.jobExecution.jobInstance.id}") long instance) {
		return new DuplicateKeyFilter<>(Path.of(file).getFileName().toString(), "order_id",
				(line) -> List.of(line.orderId(), line.sku()), OrderLine::line,
				(key) -> staging.orderLineAt(instance, key.get(0), key.get(1)));
	}

	@Bean
	@StepScope
	public DuplicateKeyFilter<ReturnRequest> returnsDuplicateFilter(StagingRepository staging,
			@Value("#{jobParameters['returns.file']}") String file,
			@Value("#{stepExecution.jobExecution.jobInstance.id}") long instance) {
		return new DuplicateKeyFilter<>(Path.of(file).getFileName().toString(), "return_id",
				(request) -> List.of(request.returnId()), ReturnRequest::line,
				(key) -> staging.returnAt(instance, key.get(0)));
	}

	@Bean
	@StepScope
	public StagingWriter<OrderLine> ordersWriter(StagingRepository staging,
			@Value("#{stepExecution.jobExecution.jobInstance.id}") long instance) {
		return new StagingWriter<>(instance, staging::insertOrderLines);
	}

	@Bean
	@StepScope
	public StagingWriter<ReturnRequest> returnsWriter(StagingRepository staging,
			@Value("#{stepExecution.jobExecution.jobInstance.id}") long instance) {
		return new StagingWriter<>(instance, staging::insertReturns);
	}

	@Bean
	@StepScope
	public RejectsRecorder rejectsRecorder(StagingRepository staging,
			@Value("#{stepExecution.jobExecution.jobInstance.id}") long instance) {
		return new RejectsRecorder(staging, instance);
	}

}

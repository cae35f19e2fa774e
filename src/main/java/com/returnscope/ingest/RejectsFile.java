package com.returnscope.ingest;

import com.returnscope.job.CsvOutput;
import com.returnscope.job.RunContext;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/**
 * Renders rejects.csv: every rejected input row, by file and line, with its raw record.
 */
@Component
public class RejectsFile implements Tasklet {

	public static final String NAME = "rejects.csv";

	private static final String[] HEADER = { "file", "line", "column", "error", "raw_record" };

	private final RejectsRepository rejects;

	public RejectsFile(RejectsRepository rejects) {
		this.rejects = rejects;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		RunContext run = RunContext.of(chunkContext);
		CsvOutput.write(run.outputs().file(NAME), HEADER, (csv) -> this.rejects.forEach(run.runId(), (reject) -> csv
			.print(reject.file(), reject.line(), reject.column(), reject.error(), reject.rawRecord())));
		return RepeatStatus.FINISHED;
	}

}

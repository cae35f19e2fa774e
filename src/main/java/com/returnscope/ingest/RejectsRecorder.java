package com.returnscope.ingest;

import com.returnscope.domain.Reject;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.batch.core.listener.SkipListener;

/**
 * Keeps every skipped input row in the rejects table. Skip listeners are called inside
 * the chunk transaction, so a reject is committed together with the rows read beside it
 * and a restarted step neither loses nor repeats one.
 */
public class RejectsRecorder implements SkipListener<ParsedRow<?>, IncomingRow<?>> {

	private static final Log logger = LogFactory.getLog(RejectsRecorder.class);

	private final RejectsRepository rejects;

	private final long runId;

	public RejectsRecorder(RejectsRepository rejects, long runId) {
		this.rejects = rejects;
		this.runId = runId;
	}

	@Override
	public void onSkipInRead(Throwable error) {
		record(error);
	}

	@Override
	public void onSkipInProcess(ParsedRow<?> item, Throwable error) {
		record(error);
	}

	private void record(Throwable error) {
		if (error instanceof RejectedRowException rejected) {
			// Logged as well: a run that fails on too many rejects rolls back the last
			// chunk.
			logger.info("Rejected " + rejected.getMessage());
			this.rejects.insert(this.runId, new Reject(rejected.file(), rejected.line(), rejected.column(),
					rejected.reason(), rejected.rawRecord()));
		}
	}

}

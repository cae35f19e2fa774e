package com.returnscope.report;

import java.time.LocalDate;
import java.util.Map;

import com.returnscope.job.RunContext;
import com.returnscope.job.RunParameters;
import com.returnscope.policy.LoadedPolicy;

/**
 * What the sheets are written from: the run, its settings and policy, the figures added
 * up from the history and from the run's own returns.
 *
 * @param rejected the run's rejected input rows, by file name
 */
record Report(RunContext context, LoadedPolicy policy, ReportSettings settings, HistoryFigures history,
		OpenCases openCases, ReturnsFigures run, Map<String, Long> rejected) {

	LocalDate runDate() {
		return this.context.runDate();
	}

	String inputName(RunParameters.Role role) {
		return this.context.inputName(role);
	}

}

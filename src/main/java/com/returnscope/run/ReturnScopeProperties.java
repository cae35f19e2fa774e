package com.returnscope.run;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import com.returnscope.ingest.InputFile;
import com.returnscope.policy.PolicyLoader;
import com.returnscope.report.FxRates;
import com.returnscope.report.ReportPeriod;
import com.returnscope.report.ReportSettings;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The run's settings, from the command line ({@code --input=DIR} and the like, see
 * {@link CommandLine}), environment variables ({@code RETURNSCOPE_INPUT}...) or
 * application properties ({@code returnscope.input}...), in that order of precedence.
 *
 * @param input the folder holding orders.csv, returns.csv and optionally overrides.csv
 * @param output the folder the run's folder {@code <run-date>/} is written into
 * @param runDate the business date of the run; today when not given
 * @param policy the policy file; the shipped default when not given
 * @param orders orders.csv, when not in the input folder
 * @param returns returns.csv, when not in the input folder
 * @param overrides the reviewer's overrides, when not input/overrides.csv
 * @param ordersEncoding orders.csv's encoding when it has no byte-order mark
 * @param returnsEncoding returns.csv's encoding when it has no byte-order mark
 * @param maxRejectedRows the most rows one input file may have rejected before the run
 * fails
 * @param chunkSize rows per transaction
 * @param recover resume a run left running by a process of another host, which this host
 * cannot see gone (one of this host is resumed when its process is gone)
 * @param retentionDays how long the history keeps a run's records, counted back from the
 * run date: 400 days holds 13 months of trends with a month to spare
 * @param forceOutput move what {@code output/<run-date>/} holds that the run does not
 * write aside, rather than stop
 * @param progressSeconds seconds between progress lines of a running job; 0 for none
 * @param ordersLayout the orders file's layout; told from its header when not given
 * @param returnsLayout the returns file's layout; told from its header when not given
 * @param sheet the sheet read from a workbook; its first when not given
 * @param reportPeriod the days the managers' report covers: the run date, month to date
 * or the last 30 days
 * @param repeatReturnerReturns a buyer with at least this many returns in the period...
 * @param repeatReturnerRate ...and at least this return rate is a repeat returner
 * @param fxRates exchange rates into a reporting currency for the managers' report
 */
@ConfigurationProperties("returnscope")
public record ReturnScopeProperties(@DefaultValue("input") Path input, @DefaultValue("output") Path output,
		@Nullable LocalDate runDate, @DefaultValue(PolicyLoader.DEFAULT_LOCATION) String policy, @Nullable Path orders,
		@Nullable Path returns, @Nullable Path overrides, @DefaultValue("UTF-8") Charset ordersEncoding,
		@DefaultValue("UTF-8") Charset returnsEncoding, @DefaultValue("100") int maxRejectedRows,
		@DefaultValue("1000") int chunkSize, @DefaultValue("false") boolean recover,
		@DefaultValue("400") int retentionDays, @DefaultValue("false") boolean forceOutput,
		@DefaultValue("5") int progressSeconds, @Nullable String ordersLayout, @Nullable String returnsLayout,
		@Nullable String sheet, @DefaultValue("LAST_30_DAYS") ReportPeriod reportPeriod,
		@DefaultValue("" + ReportSettings.DEFAULT_REPEAT_RETURNER_RETURNS) int repeatReturnerReturns,
		@DefaultValue(ReportSettings.DEFAULT_REPEAT_RETURNER_RATE) BigDecimal repeatReturnerRate,
		@Nullable Path fxRates) {

	public LocalDate effectiveRunDate() {
		return (this.runDate != null) ? this.runDate : LocalDate.now();
	}

	public InputFile ordersFile() {
		return new InputFile((this.orders != null) ? this.orders : this.input.resolve("orders.csv"),
				this.ordersEncoding, this.ordersLayout, this.sheet);
	}

	public InputFile returnsFile() {
		return new InputFile((this.returns != null) ? this.returns : this.input.resolve("returns.csv"),
				this.returnsEncoding, this.returnsLayout, this.sheet);
	}

	/** The managers' report's settings; reads the FX-rates file when one is named. */
	public ReportSettings reportSettings() {
		return new ReportSettings(this.reportPeriod, this.repeatReturnerReturns, this.repeatReturnerRate,
				(this.fxRates != null) ? FxRates.load(this.fxRates) : FxRates.none());
	}

	/** The overrides file: the one named, else input/overrides.csv when it exists. */
	public @Nullable Path overridesFile() {
		if (this.overrides != null) {
			return this.overrides;
		}
		Path beside = this.input.resolve("overrides.csv");
		return Files.isRegularFile(beside) ? beside : null;
	}

}

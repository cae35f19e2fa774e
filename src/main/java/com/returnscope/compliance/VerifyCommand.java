package com.returnscope.compliance;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.io.Writer;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.returnscope.decision.DecisionsFile;
import com.returnscope.ingest.RejectsFile;
import com.returnscope.ingest.ReturnsFile;
import com.returnscope.job.CsvOutput;
import com.returnscope.job.RunParameters;
import com.returnscope.job.Sha256;
import com.returnscope.publish.PublishTasklet;
import com.returnscope.publish.RunManifest;
import com.returnscope.report.ReturnsReport;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;

/**
 * {@code verify FOLDER}: whether a published run folder is what its inputs and policy
 * give. It re-hashes every file the run's manifest names, then runs the job again on the
 * inputs, overrides and policy the manifest records, for the same run date, into a
 * throwaway embedded database and a temporary folder, and compares: decisions.csv,
 * rejects.csv and compliance-rules.csv byte for byte (field by field where they differ),
 * the workbooks cell by cell, and the manifest's fingerprints and counts. It prints OK,
 * or every difference, and exits with its own codes ({@link #usage()}).
 */
public final class VerifyCommand {

	public static final String COMMAND = "verify";

	/** Runs the job with a command line and returns its exit code. */
	@FunctionalInterface
	public interface Job {

		int run(String... args);

	}

	static final int OK = 0;

	static final int DIFFERS = 1;

	static final int USAGE = 64;

	static final int CANNOT_VERIFY = 66;

	static final int RECOMPUTATION_FAILED = 70;

	/** How the records of each CSV output are identified, for the differences. */
	private static final Map<String, List<String>> KEYS = Map.of(DecisionsFile.NAME, List.of("return_id"),
			RejectsFile.NAME, List.of("file", "line"), ComplianceRulesFile.NAME, List.of("rule_id", "currency"),
			HistoryOrdersFile.NAME, List.of("order_id", "sku"));

	/**
	 * Columns that name the recomputation's own run rather than the run verified: the
	 * history order lines were put into the fresh database by a run of the day before.
	 */
	private static final Map<String, Set<String>> OWN_COLUMNS = Map.of(HistoryOrdersFile.NAME,
			Set.copyOf(HistoryOrdersFile.SOURCE));

	private final PrintStream out;

	private final Differences differences;

	private VerifyCommand(PrintStream out) {
		this.out = out;
		this.differences = new Differences(out);
	}

	public static String usage() {
		return """
				Usage: java -jar target/returnscope.jar verify OUTPUT/<run-date>

				Checks that a run's folder is what its inputs and policy give: every file its
				run-manifest.json names has the recorded SHA-256, and running the job again on the
				recorded inputs, overrides and policy (same run date, a throwaway database) gives the
				same decisions.csv, rejects.csv and compliance-rules.csv, workbooks with the same cells
				(the Period sheet, which counts earlier runs, and the execution's own id and times
				excepted), and the same fingerprints and row counts. Run it where the job ran: the
				manifest's input paths may be relative to that folder.

				Exit codes:
				  0   OK: nothing differs
				  1   something differs: each difference is printed
				  64  usage error
				  66  cannot verify: no readable run-manifest.json, or an input, the overrides or the
				      policy the manifest names is missing
				  70  the recomputation failed (its message is printed)
				""";
	}

	/** Runs the command ({@code args[0]} is "verify") and returns the exit code. */
	public static int run(String[] args, PrintStream out, PrintStream err, Job job) {
		List<String> folders = new ArrayList<>();
		for (String arg : List.of(args).subList(1, args.length)) {
			if (arg.equals("--help") || arg.equals("-h")) {
				out.print(usage());
				return OK;
			}
			if (arg.startsWith("-")) {
				err.println("returnscope: verify: unknown option " + arg + " (see verify --help)");
				return USAGE;
			}
			folders.add(arg);
		}
		if (folders.size() != 1) {
			err.println("returnscope: verify needs one run folder, e.g. verify output/2026-11-25 (see verify --help)");
			return USAGE;
		}
		Path folder = Path.of(folders.get(0));
		RunManifest manifest;
		try {
			manifest = RunManifest.read(folder.resolve(PublishTasklet.MANIFEST));
		}
		catch (IOException | JacksonException ex) {
			err.println("returnscope: verify: cannot verify " + folder + ": no readable " + PublishTasklet.MANIFEST
					+ " (" + ex.getMessage() + ")");
			return CANNOT_VERIFY;
		}
		String missing = missingSource(manifest);
		if (missing != null) {
			err.println("returnscope: verify: cannot verify " + folder + ": " + missing);
			return CANNOT_VERIFY;
		}
		return new VerifyCommand(out).verify(folder, manifest, err, job);
	}

	/** The first input, overrides or policy file the manifest names that is not there. */
	private static @Nullable String missingSource(RunManifest manifest) {
		for (RunManifest.InputFile input : manifest.inputs()) {
			if (!Files.isRegularFile(Path.of(input.path()))) {
				return "the input " + input.path() + " is missing (run verify where the job ran)";
			}
		}
		if (manifest.overrides() != null && !Files.isRegularFile(Path.of(manifest.overrides().path()))) {
			return "the overrides file " + manifest.overrides().path() + " is missing";
		}
		String policy = manifest.policy().location();
		if (!policy.startsWith("classpath:") && !Files.isRegularFile(Path.of(policy))) {
			return "the policy " + policy + " is missing";
		}
		return null;
	}

	private int verify(Path folder, RunManifest manifest, PrintStream err, Job job) {
		this.out.println("returnscope verify " + folder + ": run " + manifest.runId() + " of " + manifest.runDate()
				+ ", execution " + manifest.jobExecutionId() + ", policy " + manifest.policy().version());
		hashes(folder, manifest);
		Path work;
		try {
			work = Files.createTempDirectory("returnscope-verify-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create a folder to recompute in", ex);
		}
		try {
			Path recomputed = recompute(folder, manifest, work, err, job);
			if (recomputed == null) {
				return RECOMPUTATION_FAILED;
			}
			compare(folder, manifest, recomputed);
		}
		catch (IOException | RuntimeException ex) {
			err.println("returnscope: verify: unexpected failure: " + ex.getMessage());
			ex.printStackTrace(err);
			return RECOMPUTATION_FAILED;
		}
		finally {
			delete(work);
		}
		if (this.differences.total() > 0) {
			this.out.println("DIFFERS: " + this.differences.total() + " difference(s) in " + folder);
			return DIFFERS;
		}
		this.out.println("OK: " + folder + " is what its recorded inputs and policy give");
		return OK;
	}

	/** Every file the manifest names has the recorded SHA-256, and no other is there. */
	private void hashes(Path folder, RunManifest manifest) {
		Set<String> named = new TreeSet<>();
		for (RunManifest.OutputFile output : manifest.outputs()) {
			named.add(output.name());
			Path file = folder.resolve(output.name());
			if (!Files.isRegularFile(file)) {
				this.differences.add(output.name(), "missing from the folder");
				continue;
			}
			String now = Sha256.of(file);
			if (!now.equals(output.sha256())) {
				this.differences.add(output.name(),
						"SHA-256 recorded " + output.sha256() + ", now " + now + ": changed since the run");
			}
		}
		try (Stream<Path> files = Files.list(folder)) {
			files.map((file) -> file.getFileName().toString())
				.filter((name) -> !named.contains(name) && !name.equals(PublishTasklet.MANIFEST))
				.sorted()
				.forEach((name) -> this.differences.add(name, "in the folder but not in the manifest"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list " + folder, ex);
		}
		if (this.differences.total() == 0) {
			this.out.println("  ok      " + named.size() + " files have the SHA-256 the manifest records");
		}
	}

	/**
	 * Runs the job on the recorded inputs, after a run of the day before that puts the
	 * order lines of earlier exports (history-orders.csv) into the fresh database; the
	 * recomputed run's folder, or null when a run failed.
	 */
	private @Nullable Path recompute(Path folder, RunManifest manifest, Path work, PrintStream err, Job job)
			throws IOException {
		LocalDate runDate = LocalDate.parse(manifest.runDate());
		List<String> common = List.of("--policy=" + manifest.policy().location(), "--max-rejected-rows=999999999",
				"--spring.datasource.url=jdbc:h2:file:" + work.resolve("db/returnscope").toAbsolutePath()
						+ ";DB_CLOSE_ON_EXIT=FALSE",
				"--spring.datasource.username=sa", "--spring.datasource.password=",
				"--logging.file.name=" + work.resolve("returnscope.log"));
		Path history = folder.resolve(HistoryOrdersFile.NAME);
		if (manifest.outputs().stream().anyMatch((output) -> output.name().equals(HistoryOrdersFile.NAME))
				&& Files.isRegularFile(history)) {
			Path seed = Files.createDirectories(work.resolve("history"));
			originals(history, seed.resolve("orders.csv"));
			Files.writeString(seed.resolve("returns.csv"), String.join(",", ReturnsFile.REQUIRED) + "\r\n");
			List<String> args = new ArrayList<>(List.of("--run-date=" + runDate.minusDays(1), "--input=" + seed,
					"--output=" + work.resolve("history-output")));
			args.addAll(common);
			if (!run(job, args, err, "putting the run's history order lines into the database")) {
				return null;
			}
		}
		List<String> args = new ArrayList<>(List.of("--run-date=" + runDate, "--input=" + work.resolve("no-input"),
				"--output=" + work.resolve("output")));
		args.addAll(common);
		// the manifest lists the inputs by role: orders, then returns
		for (int i = 0; i < manifest.inputs().size(); i++) {
			RunManifest.InputFile input = manifest.inputs().get(i);
			String role = RunParameters.Role.values()[i].key();
			args.add("--" + role + "=" + input.path());
			args.add("--" + role + "-encoding=" + input.encoding());
		}
		if (manifest.overrides() != null) {
			args.add("--overrides=" + manifest.overrides().path());
		}
		if (!run(job, args, err, "recomputing the run")) {
			return null;
		}
		this.out.println("  ok      recomputed from the recorded inputs and policy in a fresh database");
		return work.resolve("output").resolve(manifest.runDate());
	}

	/** Runs the job, keeping its console lines to itself unless it fails. */
	private static boolean run(Job job, List<String> args, PrintStream err, String what) {
		PrintStream systemOut = System.out;
		PrintStream systemErr = System.err;
		ByteArrayOutputStream console = new ByteArrayOutputStream();
		int code;
		try (PrintStream captured = new PrintStream(console, true, StandardCharsets.UTF_8)) {
			System.setOut(captured);
			System.setErr(captured);
			code = job.run(args.toArray(String[]::new));
		}
		finally {
			System.setOut(systemOut);
			System.setErr(systemErr);
		}
		if (code != 0) {
			err.println("returnscope: verify: " + what + " failed (exit " + code + "):");
			err.print(console.toString(StandardCharsets.UTF_8));
		}
		return code == 0;
	}

	/** Copies a CSV output with its text fields as read, the apostrophes taken off. */
	private static void originals(Path output, Path copy) throws IOException {
		CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
		try (Reader in = Files.newBufferedReader(output, StandardCharsets.UTF_8);
				CSVParser records = CSVParser.parse(in, format);
				Writer out = Files.newBufferedWriter(copy, StandardCharsets.UTF_8);
				CSVPrinter csv = new CSVPrinter(out,
						CSVFormat.RFC4180.builder().setHeader(records.getHeaderNames().toArray(String[]::new)).get())) {
			for (CSVRecord record : records) {
				csv.printRecord(record.stream().map(CsvOutput::original).toList());
			}
		}
	}

	private void compare(Path folder, RunManifest recorded, Path recomputedFolder) {
		RunManifest recomputed;
		try {
			recomputed = RunManifest.read(recomputedFolder.resolve(PublishTasklet.MANIFEST));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the recomputed manifest", ex);
		}
		manifests(recorded, recomputed);
		Set<String> names = new TreeSet<>();
		recorded.outputs().forEach((output) -> names.add(output.name()));
		for (RunManifest.OutputFile output : recomputed.outputs()) {
			if (!names.contains(output.name())) {
				this.differences.add(output.name(), "the recomputed run writes it, the recorded run did not");
			}
		}
		for (String name : names) {
			Path was = folder.resolve(name);
			Path is = recomputedFolder.resolve(name);
			if (!Files.isRegularFile(was) || !Files.isRegularFile(is)) {
				if (!Files.isRegularFile(is)) {
					this.differences.add(name, "the recomputed run does not write it");
				}
				continue;
			}
			if (name.equals(ReturnsReport.NAME)) {
				// the managers' report adds up earlier nights' returns and follows the
				// report
				// settings, neither of which the recomputation's fresh database holds
				this.out.println("  ok      " + name + ": not recomputed (it reads the history's earlier nights);"
						+ " its SHA-256 is checked above");
				continue;
			}
			try {
				output(name, was, is);
			}
			catch (IOException ex) {
				this.differences.add(name, "cannot be compared: " + ex.getMessage());
			}
			this.differences.endOf(name);
		}
	}

	private void output(String name, Path was, Path is) throws IOException {
		int before = this.differences.of(name);
		String what;
		if (name.endsWith(".csv")) {
			if (Sha256.of(was).equals(Sha256.of(is))) {
				this.out.println("  ok      " + name + ": recomputed byte for byte");
				return;
			}
			Set<String> own = OWN_COLUMNS.getOrDefault(name, Set.of());
			OutputComparison.csv(name, was, is, KEYS.getOrDefault(name, List.of()), own, this.differences);
			what = "the same records"
					+ (own.isEmpty() ? "" : " (" + String.join(" and ", own.stream().sorted().toList())
							+ " excepted: they name the recomputation's run)");
		}
		else if (name.endsWith(".xlsx")) {
			boolean summary = name.equals(ComplianceSummary.NAME);
			OutputComparison.workbook(name, was, is, ComplianceSummary.EXECUTION_ROWS,
					summary ? ComplianceSummary.HISTORY_SHEETS : Set.of(), this.differences);
			what = "the same cells" + (summary ? " (the Period sheet and the execution's id and times excepted)" : "");
		}
		else {
			if (!Sha256.of(was).equals(Sha256.of(is))) {
				this.differences.add(name, "recomputed differs");
			}
			what = "the same bytes";
		}
		if (this.differences.of(name) == before) {
			this.out.println("  ok      " + name + ": recomputed with " + what);
		}
	}

	/** The fingerprints and counts of the two manifests, which must agree. */
	private void manifests(RunManifest was, RunManifest is) {
		String name = PublishTasklet.MANIFEST;
		int before = this.differences.of(name);
		same(name, "policy version", was.policy().version(), is.policy().version());
		same(name, "policy SHA-256", was.policy().sha256(), is.policy().sha256());
		List<String> partsWas = was.policyParts().stream().map(Object::toString).toList();
		List<String> partsIs = is.policyParts().stream().map(Object::toString).toList();
		same(name, "policy parts", partsWas, partsIs);
		same(name, "model", was.model(), is.model());
		Map<String, RunManifest.InputFile> inputs = is.inputs()
			.stream()
			.collect(Collectors.toMap(RunManifest.InputFile::name, Function.identity()));
		for (RunManifest.InputFile input : was.inputs()) {
			RunManifest.InputFile now = inputs.get(input.name());
			if (now == null) {
				this.differences.add(name, "input " + input.name() + " was not read again");
				continue;
			}
			if (!input.sha256().equals(now.sha256())) {
				this.differences.add(name, "input " + input.path() + ": SHA-256 recorded " + input.sha256() + ", now "
						+ now.sha256() + ": the input changed since the run");
			}
			same(name, input.name() + " rows read", input.rowsRead(), now.rowsRead());
			same(name, input.name() + " rows accepted", input.rowsAccepted(), now.rowsAccepted());
			same(name, input.name() + " rows rejected", input.rowsRejected(), now.rowsRejected());
		}
		same(name, "overrides", (was.overrides() != null) ? was.overrides().sha256() : null,
				(is.overrides() != null) ? is.overrides().sha256() : null);
		same(name, "decisions", was.decisions(), is.decisions());
		if (this.differences.of(name) == before) {
			this.out.println("  ok      " + name + ": the same inputs, policy and row counts");
		}
	}

	private void same(String file, String what, @Nullable Object recorded, @Nullable Object recomputed) {
		if (!Objects.equals(recorded, recomputed)) {
			this.differences.add(file, what + " recorded " + recorded + ", recomputed " + recomputed);
		}
	}

	private static void delete(Path folder) {
		try (Stream<Path> paths = Files.walk(folder)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
		catch (IOException ex) {
			// a temporary folder left behind is no reason to fail the verification
		}
	}

}

package com.returnscope.harness;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Named;

/**
 * A database of a test's own for whole-job runs: an H2 file under the test's folder, or a
 * fresh database on the PostgreSQL server named by RETURNSCOPE_TEST_POSTGRES_URL (which
 * .ci/run starts). Without that variable the PostgreSQL cases are skipped, saying why.
 */
public record TestDatabase(String name, String url, String user, String password) {

	private static final AtomicInteger created = new AtomicInteger();

	/**
	 * The databases whole-job tests run against, made for a test's folder: H2, and
	 * PostgreSQL where there is one.
	 */
	public static Stream<Named<Function<Path, TestDatabase>>> kinds() {
		return Stream.of(Named.of("H2", TestDatabase::h2), Named.of("PostgreSQL", (work) -> postgres()));
	}

	/**
	 * An H2 file database in {@code work}, shared by every run that names it, with the
	 * default URL's settings.
	 */
	public static TestDatabase h2(Path work) {
		return new TestDatabase("H2", "jdbc:h2:file:" + work.resolve("db/returnscope").toAbsolutePath()
				+ ";DB_CLOSE_ON_EXIT=FALSE;COMPRESS=TRUE", "sa", "");
	}

	/**
	 * The same H2 file, open to several processes at once: the first serves it to the
	 * others.
	 */
	public static TestDatabase h2Shared(Path work) {
		return new TestDatabase("H2 (shared)",
				"jdbc:h2:file:" + work.resolve("db/returnscope").toAbsolutePath() + ";AUTO_SERVER=TRUE;COMPRESS=TRUE",
				"sa", "");
	}

	/** A new, empty database on the test PostgreSQL server. */
	public static TestDatabase postgres() {
		String server = System.getenv("RETURNSCOPE_TEST_POSTGRES_URL");
		Assumptions.assumeTrue(server != null,
				"RETURNSCOPE_TEST_POSTGRES_URL is not set: .ci/run starts a PostgreSQL for these tests");
		String user = System.getenv().getOrDefault("RETURNSCOPE_TEST_POSTGRES_USER", "returnscope");
		String password = System.getenv().getOrDefault("RETURNSCOPE_TEST_POSTGRES_PASSWORD", "");
		String name = "rs_test_" + ProcessHandle.current().pid() + "_" + created.incrementAndGet();
		try (Connection connection = DriverManager.getConnection(server, user, password);
				Statement sql = connection.createStatement()) {
			sql.execute("DROP DATABASE IF EXISTS " + name);
			sql.execute("CREATE DATABASE " + name);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot create a test database on " + server, ex);
		}
		return new TestDatabase("PostgreSQL", server.substring(0, server.lastIndexOf('/') + 1) + name, user, password);
	}

	/** The command-line options that point a run at this database. */
	public List<String> options() {
		return List.of("--spring.datasource.url=" + this.url, "--spring.datasource.username=" + this.user,
				"--spring.datasource.password=" + this.password);
	}

	public Connection connect() throws SQLException {
		return DriverManager.getConnection(this.url, this.user, this.password);
	}

	/**
	 * A connection to the database only once a job has created it: an embedded H2
	 * database opened first by the test would be served from the test's process, not the
	 * job's.
	 */
	public Connection connectExisting() throws SQLException {
		return DriverManager.getConnection(this.url.startsWith("jdbc:h2:") ? this.url + ";IFEXISTS=TRUE" : this.url,
				this.user, this.password);
	}

	/** The rows of a query, each as its columns joined by "|" (null as "null"). */
	public List<String> rows(String sql) throws SQLException {
		List<String> rows = new ArrayList<>();
		try (Connection connection = connect();
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery(sql)) {
			int columns = result.getMetaData().getColumnCount();
			while (result.next()) {
				List<String> values = new ArrayList<>();
				for (int i = 1; i <= columns; i++) {
					values.add(String.valueOf(result.getObject(i)).trim());
				}
				rows.add(String.join("|", values));
			}
		}
		return rows;
	}

	@Override
	public String toString() {
		return this.name;
	}

}

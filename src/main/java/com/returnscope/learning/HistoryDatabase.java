package com.returnscope.learning;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import com.returnscope.classification.ReviewerLabelHistory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The job's history store, for {@code retrain --from-history}: the database at
 * {@code --spring.datasource.url} (with {@code --spring.datasource.username} and
 * {@code --spring.datasource.password}), each from the environment or application.yml
 * when not given, as the job takes them (by default the H2 file under data/). Read only;
 * the job creates the tables.
 */
final class HistoryDatabase {

	private static final String PREFIX = "spring.datasource.";

	private HistoryDatabase() {
	}

	/**
	 * Reads the reviewers' labels the history keeps; a database that cannot be reached or
	 * has no such table is one line naming its URL.
	 */
	static <T> T readLabels(Map<String, String> options, Function<ReviewerLabelHistory, T> read) {
		JsonNode defaults = jobSettings().path("spring").path("datasource");
		String url = setting(options, defaults, "url");
		DriverManagerDataSource dataSource = new DriverManagerDataSource(url, setting(options, defaults, "username"),
				setting(options, defaults, "password"));
		try {
			return read.apply(new ReviewerLabelHistory(new JdbcTemplate(dataSource)));
		}
		catch (DataAccessException ex) {
			throw new UncheckedIOException(url + ": cannot read the reviewers' labels: " + firstLine(ex),
					new IOException(ex));
		}
	}

	/**
	 * A connection setting as the job takes it: the command line, else the environment
	 * (SPRING_DATASOURCE_URL...), else application.yml.
	 */
	private static String setting(Map<String, String> options, JsonNode defaults, String name) {
		String option = options.get(PREFIX + name);
		if (option != null) {
			return option;
		}
		String environment = System.getenv("SPRING_DATASOURCE_" + name.toUpperCase(Locale.ROOT));
		return (environment != null) ? environment : defaults.path(name).asString();
	}

	private static String firstLine(DataAccessException ex) {
		String message = String.valueOf(ex.getMostSpecificCause().getMessage());
		int end = message.indexOf('\n');
		return (end < 0) ? message : message.substring(0, end);
	}

	private static JsonNode jobSettings() {
		try (InputStream yaml = HistoryDatabase.class.getResourceAsStream("/application.yml")) {
			return new YAMLMapper().readTree(yaml);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

package com.returnscope.learning;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
 * {@code --spring.datasource.password}), each defaulting as the job's own settings do
 * (application.yml: the H2 file under data/). Read only; the job creates the tables.
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
		String url = options.getOrDefault(PREFIX + "url", defaults.path("url").asString());
		DriverManagerDataSource dataSource = new DriverManagerDataSource(url,
				options.getOrDefault(PREFIX + "username", defaults.path("username").asString()),
				options.getOrDefault(PREFIX + "password", defaults.path("password").asString()));
		try {
			return read.apply(new ReviewerLabelHistory(new JdbcTemplate(dataSource)));
		}
		catch (DataAccessException ex) {
			throw new UncheckedIOException(url + ": cannot read the reviewers' labels: " + firstLine(ex),
					new IOException(ex));
		}
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

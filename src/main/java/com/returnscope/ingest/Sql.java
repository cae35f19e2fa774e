package com.returnscope.ingest;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/** The few JDBC conversions the history's statements share. */
final class Sql {

	private Sql() {
	}

	/**
	 * Values per IN list. Small, because H2 checks every row an IN list's index lookup
	 * finds against the whole list again, one value at a time: with a chunk's thousand
	 * keys that check cost more than the lookup on a night whose rows were mostly known.
	 */
	static final int IN_LIST_SIZE = 100;

	/** "?, ?, ?" for an IN list of {@code count} values. */
	static String placeholders(int count) {
		return String.join(", ", Collections.nCopies(count, "?"));
	}

	/**
	 * Runs {@code query} once per {@link #IN_LIST_SIZE} distinct values, in order, with
	 * the IN list's placeholders for that many values.
	 */
	static void inLists(Collection<String> values, BiConsumer<String, Object[]> query) {
		List<String> distinct = List.copyOf(new LinkedHashSet<>(values));
		for (int from = 0; from < distinct.size(); from += IN_LIST_SIZE) {
			List<String> batch = distinct.subList(from, Math.min(distinct.size(), from + IN_LIST_SIZE));
			query.accept(placeholders(batch.size()), batch.toArray());
		}
	}

	/** Sets the statement's parameters in order; null values as SQL NULL. */
	static void set(PreparedStatement ps, @Nullable Object... values) throws SQLException {
		for (int i = 0; i < values.length; i++) {
			ps.setObject(i + 1, values[i]);
		}
	}

	static @Nullable Date date(@Nullable LocalDate date) {
		return (date != null) ? Date.valueOf(date) : null;
	}

	static @Nullable LocalDate localDate(ResultSet rs, String column) throws SQLException {
		Date date = rs.getDate(column);
		return (date != null) ? date.toLocalDate() : null;
	}

	/** CHAR columns come back padded on some databases. */
	static @Nullable String trim(@Nullable String text) {
		return (text != null) ? text.trim() : null;
	}

	static <E extends Enum<E>> @Nullable E choice(ResultSet rs, String column, Class<E> type) throws SQLException {
		String value = rs.getString(column);
		return (value != null) ? Enum.valueOf(type, value) : null;
	}

	static @Nullable String name(@Nullable Enum<?> value) {
		return (value != null) ? value.name() : null;
	}

	/** A set of values as one column: their names in order, {@code ;}-separated. */
	static String names(Set<? extends Enum<?>> values) {
		return values.stream().sorted().map(Enum::name).collect(Collectors.joining(";"));
	}

	/** The set {@link #names} wrote; empty for a blank column. */
	static <E extends Enum<E>> Set<E> choices(@Nullable String text, Class<E> type) {
		Set<E> values = EnumSet.noneOf(type);
		if (text != null && !text.isBlank()) {
			Arrays.stream(text.trim().split(";")).map((name) -> Enum.valueOf(type, name)).forEach(values::add);
		}
		return values;
	}

}

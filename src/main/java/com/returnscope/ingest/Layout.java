package com.returnscope.ingest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.returnscope.job.RunParameters.Role;
import org.jspecify.annotations.Nullable;

/**
 * One kind of export the job reads for a role: its columns as the platform names them,
 * those it must have (by which it is recognised), and how a row becomes the contract's
 * order line or return. docs/layouts.md gives every layout's mapping.
 *
 * @param <T> the contract's record: an order line or a return
 */
public final class Layout<T> {

	/** The contract's own layout, for both roles. */
	public static final String CANONICAL = "canonical";

	private final String name;

	private final Role role;

	private final String key;

	private final List<String> columns;

	private final List<String> required;

	private final Map<String, String> keys;

	private final @Nullable String groupBy;

	private final List<String> orderLevel;

	private final Function<CsvRow, T> mapper;

	private Layout(String name, Role role, String key, List<String> columns, List<String> required,
			Map<String, String> keys, @Nullable String groupBy, List<String> orderLevel, Function<CsvRow, T> mapper) {
		this.name = name;
		this.role = role;
		this.key = key;
		this.columns = columns;
		this.required = required;
		this.keys = keys;
		this.groupBy = groupBy;
		this.orderLevel = orderLevel;
		this.mapper = mapper;
	}

	/**
	 * @param name the layout's name, as --orders-layout and --returns-layout take it
	 * @param role what the layout's files hold
	 * @param key the column that holds the first part of a row's key (a duplicate is
	 * rejected naming it)
	 * @param columns the columns read, spelled as the platform writes them
	 * @param required the columns a header must have to be read in this layout
	 * @param mapper a row to the contract's record, or a rejection
	 */
	static <T> Layout<T> of(String name, Role role, String key, List<String> columns, List<String> required,
			Function<CsvRow, T> mapper) {
		Map<String, String> keys = new HashMap<>();
		columns.forEach((column) -> keys.put(CsvHeader.key(column), column));
		return new Layout<>(name, role, key, List.copyOf(columns), List.copyOf(required), keys, null, List.of(),
				mapper);
	}

	/** The same layout, where a header may write {@code alias} for {@code column}. */
	Layout<T> alias(String alias, String column) {
		Map<String, String> keys = new HashMap<>(this.keys);
		keys.put(CsvHeader.key(alias), column);
		return new Layout<>(this.name, this.role, this.key, this.columns, this.required, keys, this.groupBy,
				this.orderLevel, this.mapper);
	}

	/**
	 * The same layout for an export that writes an order's own values only on its first
	 * row: a blank value of these columns is taken from the row before when both rows are
	 * of one order (the same {@code groupBy} value).
	 */
	Layout<T> orderLevel(String groupBy, List<String> columns) {
		return new Layout<>(this.name, this.role, this.key, this.columns, this.required, this.keys, groupBy,
				List.copyOf(columns), this.mapper);
	}

	public String name() {
		return this.name;
	}

	public Role role() {
		return this.role;
	}

	/** The column a duplicate key is rejected in. */
	public String key() {
		return this.key;
	}

	public List<String> required() {
		return this.required;
	}

	List<String> columns() {
		return this.columns;
	}

	/** The layout's column a header name stands for, null for a column it ignores. */
	@Nullable String column(String key) {
		return this.keys.get(key);
	}

	public T map(CsvRow row) {
		return this.mapper.apply(row);
	}

	/**
	 * The row's values with the order-level values it leaves blank taken from the
	 * previous row of the same order; the values themselves when the layout writes every
	 * value on every row, or nothing needs filling.
	 */
	String[] fillDown(String[] values, @Nullable String[] previous, CsvHeader header) {
		if (this.groupBy == null || previous == null) {
			return values;
		}
		Integer key = header.index(this.groupBy);
		if (key == null || key >= values.length || key >= previous.length || values[key].isBlank()
				|| !values[key].trim().equals(previous[key].trim())) {
			return values;
		}
		String[] filled = null;
		for (String column : this.orderLevel) {
			Integer index = header.index(column);
			if (index != null && index < values.length && index < previous.length && values[index].isBlank()
					&& !previous[index].isBlank()) {
				filled = (filled != null) ? filled : values.clone();
				filled[index] = previous[index];
			}
		}
		return (filled != null) ? filled : values;
	}

	@Override
	public String toString() {
		return this.name;
	}

}

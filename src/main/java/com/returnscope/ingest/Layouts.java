package com.returnscope.ingest;

import java.util.List;

import com.returnscope.domain.OrderLine;
import com.returnscope.domain.ReturnRequest;
import com.returnscope.job.RunParameters.Role;
import org.jspecify.annotations.Nullable;

/**
 * The layouts the job reads, and which one a file is in: the first whose required columns
 * its header has, the contract's own first. docs/layouts.md describes each.
 */
public final class Layouts {

	public static final List<Layout<OrderLine>> ORDERS = List.of(OrdersFile.LAYOUT, AmazonAllOrders.LAYOUT,
			ShopifyOrders.LAYOUT);

	public static final List<Layout<ReturnRequest>> RETURNS = List.of(ReturnsFile.LAYOUT, AmazonFbaReturns.LAYOUT);

	private Layouts() {
	}

	/** The layouts of a role, as --orders-layout and --returns-layout name them. */
	public static List<String> names(Role role) {
		return of(role).stream().map(Layout::name).toList();
	}

	public static Layout<OrderLine> orders(String name) {
		return named(ORDERS, name);
	}

	public static Layout<ReturnRequest> returns(String name) {
		return named(RETURNS, name);
	}

	private static <T> Layout<T> named(List<Layout<T>> layouts, String name) {
		return layouts.stream()
			.filter((layout) -> layout.name().equals(name))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No layout " + name));
	}

	private static List<? extends Layout<?>> of(Role role) {
		return (role == Role.ORDERS) ? ORDERS : RETURNS;
	}

	/**
	 * The layout of a file with this header: the one named, when it fits, else the first
	 * that fits. A header no layout fits stops the run, naming the closest layout and the
	 * columns it lacks.
	 * @param file the file's name, for messages
	 * @param role what the file holds
	 * @param names the header as written
	 * @param named the layout the command line names, null to tell it from the header
	 */
	static Layout<?> detect(String file, Role role, List<String> names, @Nullable String named) {
		if (named != null) {
			Layout<?> layout = of(role).stream()
				.filter((candidate) -> candidate.name().equals(named))
				.findFirst()
				.orElseThrow(() -> new InputFileException(file + ": no " + role.key() + " layout " + named + " (known: "
						+ String.join(", ", names(role)) + ")"));
			List<String> missing = CsvHeader.of(file, names, layout).missing(layout);
			if (!missing.isEmpty()) {
				throw new InputFileException(file + ": not in the " + layout.name() + " layout: the header lacks "
						+ String.join(", ", missing));
			}
			return layout;
		}
		Layout<?> closest = null;
		List<String> closestMissing = null;
		int closestKnown = -1;
		for (Layout<?> layout : of(role)) {
			CsvHeader header = CsvHeader.of(file, names, layout);
			List<String> missing = header.missing(layout);
			if (missing.isEmpty()) {
				return layout;
			}
			int found = layout.required().size() - missing.size();
			int closestFound = (closest != null) ? closest.required().size() - closestMissing.size() : -1;
			if (found > closestFound || (found == closestFound && header.known() > closestKnown)) {
				closest = layout;
				closestMissing = missing;
				closestKnown = header.known();
			}
		}
		if (closest.name().equals(Layout.CANONICAL)) {
			throw new InputFileException(file + ": required column" + ((closestMissing.size() > 1) ? "s " : " ")
					+ String.join(", ", closestMissing) + ((closestMissing.size() > 1) ? " are" : " is")
					+ " missing from the header");
		}
		throw new InputFileException(file + ": the header is in no known layout; the closest, " + closest.name()
				+ ", lacks " + String.join(", ", closestMissing) + " (layouts: docs/layouts.md)");
	}

}

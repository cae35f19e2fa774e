package com.returnscope.generate;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import java.util.StringJoiner;

import com.returnscope.domain.Evidence;
import com.returnscope.generate.Orders.Line;
import com.returnscope.generate.Orders.Order;
import com.returnscope.generate.Seeds.Kind;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

/**
 * Writes one night's orders.csv and returns.csv, row by row as they are made.
 * <p>
 * The nights of a seed share one endless sequence of orders. Night 1 holds the first N
 * order lines; each later night drops the oldest tenth and adds a tenth of new lines at
 * the end (both cut at order boundaries, so an order is never split at the start), and
 * its run date is a day later. A row is the same in every night that holds it, except for
 * what happened in between: a delivery, a return moving on.
 */
final class Export {

	/**
	 * The share of a night's order lines that are new; the rest repeat the night before.
	 */
	static final double NEW_SHARE = 0.10;

	static final String[] ORDER_COLUMNS = { "order_id", "order_date", "buyer_name", "buyer_country", "sku",
			"product_name", "product_category", "quantity", "unit_price", "currency", "shipped_date", "delivered_date",
			"carrier", "tracking_number", "incoterm" };

	static final String[] RETURN_COLUMNS = { "return_id", "order_id", "buyer_name", "sku", "quantity", "requested_date",
			"reason_code", "reason_text", "refund_amount", "currency", "return_freight_cost", "freight_paid_by",
			"inspection_result", "status", "outcome", "mediation_decision", "evidence", "closed_date" };

	/**
	 * @param orderLines order lines per night
	 * @param returnRate the share of order lines with a return
	 * @param runDate the run date of night 1
	 */
	record Settings(long orderLines, double returnRate, long seed, Path output, int night, LocalDate runDate) {

		LocalDate nightRunDate() {
			return this.runDate.plusDays(this.night - 1L);
		}

	}

	record Summary(long orderLines, long orders, long returns, LocalDate runDate, Path ordersFile, Path returnsFile) {
	}

	private static final CSVFormat FORMAT = CSVFormat.RFC4180;

	private Export() {
	}

	static Summary write(Settings settings) throws IOException {
		Seeds seeds = new Seeds(settings.seed());
		Vocabulary vocabulary = Vocabulary.shipped();
		Buyers buyers = new Buyers(seeds, vocabulary, settings.orderLines());
		Orders orders = new Orders(seeds, vocabulary, buyers);
		Returns returns = new Returns(seeds, vocabulary, buyers);
		LocalDate runDate = settings.nightRunDate();
		long size = settings.orderLines();
		long step = Math.max(1, Math.round(size * NEW_SHARE));

		// the order that holds the night's first line: earlier nights' oldest rows drop
		// out
		long firstLine = (settings.night() - 1L) * step;
		long index = 0;
		long start = 0;
		int count = orders.lineCount(0);
		while (start + count <= firstLine) {
			start += count;
			count = orders.lineCount(++index);
		}

		Files.createDirectories(settings.output());
		Path ordersFile = settings.output().resolve("orders.csv");
		Path returnsFile = settings.output().resolve("returns.csv");
		long written = 0;
		long orderCount = 0;
		long returnCount = 0;
		try (CSVPrinter orderRows = printer(ordersFile, ORDER_COLUMNS);
				CSVPrinter returnRows = printer(returnsFile, RETURN_COLUMNS)) {
			while (written < size) {
				// orders are dated by the night they first appear in, and by their place
				// in it
				long night = (start < size) ? 1 : 2 + (start - size) / step;
				double position = (start < size) ? (double) start / size : (double) ((start - size) % step) / step;
				LocalDate born = settings.runDate().plusDays(night - 1);
				Order order = orders.make(index, born, position);
				orderCount++;
				for (Line line : order.lines()) {
					if (written == size) {
						break;
					}
					printOrderLine(orderRows, order, line, runDate);
					written++;
					if (seeds.uniform(Kind.RETURN_PICK, line.key()) < settings.returnRate()) {
						printReturn(returnRows, returns.make(order, line, born, runDate));
						returnCount++;
					}
				}
				start += order.lines().size();
				index++;
			}
		}
		return new Summary(written, orderCount, returnCount, runDate, ordersFile, returnsFile);
	}

	private static CSVPrinter printer(Path file, String[] header) throws IOException {
		BufferedWriter writer = new BufferedWriter(
				new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16);
		CSVPrinter printer = new CSVPrinter(writer, FORMAT);
		printer.printRecord((Object[]) header);
		return printer;
	}

	private static void printOrderLine(CSVPrinter out, Order order, Line line, LocalDate runDate) throws IOException {
		boolean shipped = !line.shipped().isAfter(runDate);
		boolean delivered = line.delivered() != null && !line.delivered().isAfter(runDate);
		out.printRecord(order.id(), order.date(), order.buyer().name(),
				order.buyer().countryKnown() ? order.buyer().country().code() : null, line.sku(), line.productName(),
				line.category(), line.quantity(), line.unitPrice().toPlainString(), order.currency(),
				shipped ? line.shipped() : null, delivered ? line.delivered() : null, shipped ? line.carrier() : null,
				shipped ? line.tracking() : null, order.incoterm());
	}

	private static void printReturn(CSVPrinter out, Returns.Row row) throws IOException {
		out.printRecord(row.returnId(), row.orderId(), row.buyerName(), row.sku(), row.quantity(), row.requested(),
				row.reasonCode(), row.reasonText(), plain(row.refundAmount()), row.currency(), plain(row.freightCost()),
				row.paidBy(), row.inspection(), row.status(), row.outcome(), row.mediation(), evidence(row.evidence()),
				row.closed());
	}

	private static @Nullable String plain(@Nullable BigDecimal amount) {
		return (amount != null) ? amount.toPlainString() : null;
	}

	private static String evidence(Set<Evidence> evidence) {
		StringJoiner joined = new StringJoiner(";");
		for (Evidence kind : Evidence.values()) {
			if (evidence.contains(kind)) {
				joined.add(kind.name());
			}
		}
		return joined.toString();
	}

}

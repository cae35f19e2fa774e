package com.returnscope.generate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.returnscope.domain.Evidence;
import com.returnscope.domain.Incoterm;
import com.returnscope.domain.InspectionResult;
import com.returnscope.domain.MediationDecision;
import com.returnscope.domain.OrderLine;
import com.returnscope.domain.Outcome;
import com.returnscope.domain.Payer;
import com.returnscope.domain.ReturnRequest;
import com.returnscope.domain.ReturnStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generated exports: the same bytes for the same seed, valid by the job's own
 * readers, varied like real exports, and consecutive nights that repeat most rows.
 */
class ExportTests {

	/**
	 * One export of 5,000 order lines at 15 % returns, read by the tests that only look.
	 */
	static Generated night;

	@TempDir
	Path folder;

	@BeforeAll
	static void generateOneNight(@TempDir Path folder) {
		night = Generated.write(folder, 5000, 0.15, 7, 1);
	}

	@Test
	void theSameArgumentsWriteTheSameBytes() throws IOException {
		// given two exports of the same seed
		Generated.write(this.folder.resolve("a"), 3000, 0.15, 42, 1);
		Generated.write(this.folder.resolve("b"), 3000, 0.15, 42, 1);

		// then both files are identical byte for byte
		for (String file : List.of("orders.csv", "returns.csv")) {
			assertThat(Files.readAllBytes(this.folder.resolve("a").resolve(file)))
				.isEqualTo(Files.readAllBytes(this.folder.resolve("b").resolve(file)));
		}
	}

	@Test
	void anotherSeedWritesOtherFiles() throws IOException {
		// given exports of two seeds
		Generated.write(this.folder.resolve("a"), 3000, 0.15, 42, 1);
		Generated.write(this.folder.resolve("b"), 3000, 0.15, 43, 1);

		// then neither file is the same
		for (String file : List.of("orders.csv", "returns.csv")) {
			assertThat(Files.readAllBytes(this.folder.resolve("a").resolve(file)))
				.isNotEqualTo(Files.readAllBytes(this.folder.resolve("b").resolve(file)));
		}
	}

	@Test
	void everyRowIsValidByTheContract() {
		// given the export of 5,000 order lines, read with the job's own readers
		// then nothing is rejected, and the counts are as asked
		assertThat(night.rejects()).isEmpty();
		assertThat(night.orders()).hasSize(5000);
		assertThat(night.returns().size()).isBetween(650, 850);
		// and keys are unique, as the job's duplicate check requires
		assertThat(night.orders().stream().map((line) -> line.orderId() + "/" + line.sku()).distinct()).hasSize(5000);
		assertThat(night.returns().stream().map(ReturnRequest::returnId).distinct()).hasSize(night.returns().size());
		// and no date lies after the run date
		assertThat(dates(night)).allSatisfy((date) -> assertThat(date).isBeforeOrEqualTo(Generated.RUN_DATE));
	}

	@Test
	void ordersLookLikeASellersExport() {

		Map<String, Long> linesPerOrder = night.orders()
			.stream()
			.collect(Collectors.groupingBy(OrderLine::orderId, Collectors.counting()));
		assertThat(Set.copyOf(linesPerOrder.values())).containsExactlyInAnyOrder(1L, 2L, 3L, 4L, 5L, 6L);
		assertThat(linesPerOrder.values().stream().filter((count) -> count == 1).count())
			.isGreaterThan(linesPerOrder.size() / 3);
		Set<Incoterm> incoterms = night.orders()
			.stream()
			.map(OrderLine::incoterm)
			.filter(Objects::nonNull)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(Incoterm.class)));
		assertThat(incoterms).isEqualTo(EnumSet.allOf(Incoterm.class));
		assertThat(night.orders()).anyMatch((line) -> line.incoterm() == null);
		assertThat(night.orders().stream().map(OrderLine::currency).distinct()).contains("USD", "EUR", "GBP", "JPY",
				"CNY", "BRL", "MXN");
		assertThat(night.orders()).filteredOn((line) -> line.currency().equals("JPY"))
			.allSatisfy((line) -> assertThat(line.unitPrice().scale()).isZero());
		Set<String> names = night.orders().stream().map(OrderLine::buyerName).collect(Collectors.toSet());
		assertThat(Stream.of("GmbH", "Ltd.", "有限公司", "S.r.l.", "S.L.", "B.V.", "SARL", "Inc.", "LLC", "Ltda.")
			.filter((suffix) -> names.stream().anyMatch((name) -> name.endsWith(suffix)))).hasSizeGreaterThan(5);
		assertThat(night.orders().stream().map(OrderLine::buyerCountry).filter(Objects::nonNull).distinct().count())
			.isGreaterThan(20);
		assertThat(night.orders().stream().map(OrderLine::productCategory).filter(Objects::nonNull).distinct())
			.contains("Electronics", "Apparel", "Home", "Cosmetics", "Auto Parts", "Industrial Parts", "Packaging");
		// some lines are not delivered yet, and delivery never precedes shipping or the
		// order
		assertThat(night.orders()).anyMatch((line) -> line.shippedDate() == null);
		assertThat(night.orders()).anyMatch((line) -> line.shippedDate() != null && line.deliveredDate() == null);
		assertThat(night.orders()).allSatisfy((line) -> {
			if (line.shippedDate() != null) {
				assertThat(line.shippedDate()).isAfterOrEqualTo(line.orderDate());
			}
			if (line.deliveredDate() != null) {
				assertThat(line.deliveredDate()).isAfter(line.shippedDate());
			}
		});
	}

	@Test
	void returnsUseEveryValueOfTheContract() {
		List<ReturnRequest> returns = night.returns();

		assertThat(values(returns.stream().map(ReturnRequest::status))).isEqualTo(Set.of(ReturnStatus.values()));
		assertThat(values(returns.stream().map(ReturnRequest::outcome))).isEqualTo(Set.of(Outcome.values()));
		assertThat(values(returns.stream().map(ReturnRequest::inspectionResult)))
			.isEqualTo(Set.of(InspectionResult.values()));
		assertThat(values(returns.stream().map(ReturnRequest::mediationDecision)))
			.isEqualTo(Set.of(MediationDecision.values()));
		assertThat(values(returns.stream().flatMap((request) -> request.evidence().stream())))
			.isEqualTo(Set.of(Evidence.values()));
		assertThat(values(returns.stream().map(ReturnRequest::freightPaidBy)))
			.isEqualTo(EnumSet.complementOf(EnumSet.of(Payer.UNDETERMINED)));
		// and blanks where the contract allows them
		assertThat(returns).anyMatch((request) -> request.outcome() == null)
			.anyMatch((request) -> request.freightPaidBy() == null && request.returnFreightCost() != null)
			.anyMatch((request) -> request.returnFreightCost() == null)
			.anyMatch((request) -> request.reasonCode() == null && request.reasonText() == null)
			.anyMatch((request) -> request.evidence().isEmpty());
		// codes of the policy's tables, X12 codes that look like blanks (NA) included
		assertThat(returns.stream().map(ReturnRequest::reasonCode)).contains("DM", "CO", "NA", "ARRIVED_DAMAGED",
				"DEFECTIVE", "质量问题");
		// and the refunds are money with at most the currency's digits
		assertThat(returns.stream().map(ReturnRequest::refundAmount).filter(Objects::nonNull))
			.allSatisfy((amount) -> assertThat(amount.scale()).isLessThanOrEqualTo(2));
	}

	@Test
	void returnsReferToRealLinesWithAFewThatDoNot() {
		Map<String, List<OrderLine>> orders = night.orders()
			.stream()
			.collect(Collectors.groupingBy(OrderLine::orderId));
		List<ReturnRequest> returns = night.returns();

		long unknownOrder = returns.stream().filter((request) -> !orders.containsKey(request.orderId())).count();
		long otherName = returns.stream()
			.filter((request) -> orders.containsKey(request.orderId()))
			.filter((request) -> !orders.get(request.orderId()).get(0).buyerName().equals(request.buyerName()))
			.count();
		long blankSku = returns.stream().filter((request) -> request.sku() == null).count();
		assertThat(unknownOrder).isPositive().isLessThan(returns.size() / 20);
		assertThat(otherName).isPositive().isLessThan(returns.size() / 5);
		assertThat(blankSku).isPositive().isLessThan(returns.size() / 20);
		// most are asked for on or after delivery, a few before
		Map<String, LocalDate> delivered = new HashMap<>();
		night.orders()
			.stream()
			.filter((line) -> line.deliveredDate() != null)
			.forEach((line) -> delivered.put(line.orderId() + "/" + line.sku(), line.deliveredDate()));
		List<ReturnRequest> afterDelivery = returns.stream()
			.filter((request) -> delivered.containsKey(request.orderId() + "/" + request.sku()))
			.toList();
		long early = afterDelivery.stream()
			.filter((request) -> request.requestedDate()
				.isBefore(delivered.get(request.orderId() + "/" + request.sku())))
			.count();
		assertThat(early).isPositive().isLessThan(afterDelivery.size() / 10);
		// and no return is for more than its line holds
		Map<String, Integer> quantities = new HashMap<>();
		night.orders().forEach((line) -> quantities.put(line.orderId() + "/" + line.sku(), line.quantity()));
		assertThat(afterDelivery).allSatisfy((request) -> assertThat(request.quantity())
			.isLessThanOrEqualTo(quantities.get(request.orderId() + "/" + request.sku())));
	}

	@Test
	void theSecondNightRepeatsNinetyPercentOfTheFirst() {
		// given nights 1 and 2 of the same seed
		Generated first = Generated.write(this.folder.resolve("1"), 4000, 0.15, 11, 1);
		Generated second = Generated.write(this.folder.resolve("2"), 4000, 0.15, 11, 2);

		// then night 2 has as many lines, 90 % of them night 1's keys
		assertThat(second.rejects()).isEmpty();
		assertThat(second.orders()).hasSize(4000);
		Set<String> firstKeys = first.orders()
			.stream()
			.map((line) -> line.orderId() + "/" + line.sku())
			.collect(Collectors.toSet());
		long repeated = second.orders()
			.stream()
			.filter((line) -> firstKeys.contains(line.orderId() + "/" + line.sku()))
			.count();
		assertThat(repeated).isBetween(3590L, 3610L);
		// and its dates run to the next day
		LocalDate nextDay = Generated.RUN_DATE.plusDays(1);
		assertThat(dates(second)).allSatisfy((date) -> assertThat(date).isBeforeOrEqualTo(nextDay));
		// and some repeated rows moved on: lines shipped or delivered since, a return's
		// status
		Set<OrderLine> unchanged = new HashSet<>(withoutLines(first.orders()));
		Set<String> undelivered = first.orders()
			.stream()
			.filter((line) -> line.deliveredDate() == null)
			.map((line) -> line.orderId() + "/" + line.sku())
			.collect(Collectors.toSet());
		assertThat(withoutLines(second.orders()).stream()
			.filter((line) -> firstKeys.contains(line.orderId() + "/" + line.sku()))
			.filter((line) -> !unchanged.contains(line))).isNotEmpty()
			.allSatisfy((line) -> assertThat(undelivered).contains(line.orderId() + "/" + line.sku()));
		Map<String, ReturnStatus> statuses = new HashMap<>();
		first.returns().forEach((request) -> statuses.put(request.returnId(), request.status()));
		assertThat(second.returns()).filteredOn((request) -> statuses.containsKey(request.returnId()))
			.hasSizeGreaterThan(first.returns().size() * 8 / 10)
			.anyMatch((request) -> request.status() != statuses.get(request.returnId()));
	}

	private static List<LocalDate> dates(Generated night) {
		return Stream.concat(
				night.orders()
					.stream()
					.flatMap((line) -> Stream.of(line.orderDate(), line.shippedDate(), line.deliveredDate())),
				night.returns().stream().flatMap((request) -> Stream.of(request.requestedDate(), request.closedDate())))
			.filter(Objects::nonNull)
			.toList();
	}

	/** The rows as values, without the line they stand at. */
	private static List<OrderLine> withoutLines(List<OrderLine> lines) {
		return lines.stream()
			.map((line) -> new OrderLine(0, line.orderId(), line.orderDate(), line.buyerName(), line.buyerCountry(),
					line.sku(), line.productName(), line.productCategory(), line.quantity(),
					line.unitPrice().stripTrailingZeros(), line.currency(), line.shippedDate(), line.deliveredDate(),
					line.carrier(), line.trackingNumber(), line.incoterm()))
			.toList();
	}

	private static <T> Set<T> values(Stream<T> values) {
		return values.filter(Objects::nonNull).collect(Collectors.toSet());
	}

}

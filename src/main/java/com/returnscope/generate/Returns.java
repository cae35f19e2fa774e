package com.returnscope.generate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

import com.returnscope.domain.Category;
import com.returnscope.domain.Evidence;
import com.returnscope.domain.Incoterm;
import com.returnscope.domain.InspectionResult;
import com.returnscope.domain.MediationDecision;
import com.returnscope.domain.Outcome;
import com.returnscope.domain.Payer;
import com.returnscope.domain.Reason;
import com.returnscope.domain.ReturnStatus;
import com.returnscope.generate.Orders.Line;
import com.returnscope.generate.Orders.Order;
import com.returnscope.generate.Seeds.Kind;
import com.returnscope.generate.Vocabulary.Code;
import com.returnscope.generate.Vocabulary.Phrase;
import org.jspecify.annotations.Nullable;

/**
 * Makes the return request of one order line. Its story is drawn once from the line's own
 * random stream: what really went wrong, when the buyer asked, which way the dispute goes
 * and on which days; an export shows the part of the story that has happened by its run
 * date, so the next night's export moves some returns on.
 */
final class Returns {

	/** One row of returns.csv. */
	record Row(String returnId, String orderId, String buyerName, @Nullable String sku, int quantity,
			LocalDate requested, @Nullable String reasonCode, @Nullable String reasonText,
			@Nullable BigDecimal refundAmount, @Nullable String currency, @Nullable BigDecimal freightCost,
			@Nullable Payer paidBy, @Nullable InspectionResult inspection, ReturnStatus status,
			@Nullable Outcome outcome, @Nullable MediationDecision mediation, Set<Evidence> evidence,
			@Nullable LocalDate closed) {
	}

	/** The ways a dispute runs, each a sequence of statuses. */
	private enum Path {

		QUICK(40, ReturnStatus.OPEN, ReturnStatus.AGREED, ReturnStatus.CLOSED),

		NEGOTIATED(15, ReturnStatus.OPEN, ReturnStatus.NEGOTIATING, ReturnStatus.AGREED, ReturnStatus.CLOSED),

		REJECTED(8, ReturnStatus.OPEN, ReturnStatus.NEGOTIATING, ReturnStatus.CLOSED),

		WITHDRAWN(6, ReturnStatus.OPEN, ReturnStatus.CLOSED),

		MEDIATED(12, ReturnStatus.OPEN, ReturnStatus.NEGOTIATING, ReturnStatus.MEDIATION, ReturnStatus.CLOSED),

		APPEALED(6, ReturnStatus.OPEN, ReturnStatus.NEGOTIATING, ReturnStatus.MEDIATION, ReturnStatus.APPEAL,
				ReturnStatus.CLOSED),

		STUCK_OPEN(6, ReturnStatus.OPEN),

		STUCK_NEGOTIATING(7, ReturnStatus.OPEN, ReturnStatus.NEGOTIATING);

		private final int weight;

		private final ReturnStatus[] statuses;

		Path(int weight, ReturnStatus... statuses) {
			this.weight = weight;
			this.statuses = statuses;
		}

	}

	private static final Weighted<Path> PATHS = new Weighted<>();

	private static final Weighted<Reason> DELIVERED_REASONS = new Weighted<Reason>()
		.add(reason(Category.QUALITY, "DEFECTIVE"), 16)
		.add(reason(Category.QUALITY, "NOT_AS_DESCRIBED"), 9)
		.add(reason(Category.QUALITY, "WRONG_SPEC"), 5)
		.add(reason(Category.QUALITY, "COLOR_DIFFERENCE"), 4)
		.add(reason(Category.QUALITY, "WRONG_ITEM"), 5)
		.add(reason(Category.QUALITY, "MISSING_PARTS"), 4)
		.add(reason(Category.QUALITY, "COUNTERFEIT"), 2)
		.add(reason(Category.CHANGE_OF_MIND, "NO_LONGER_NEEDED"), 12)
		.add(reason(Category.CHANGE_OF_MIND, "ORDERED_BY_MISTAKE"), 8)
		.add(reason(Category.CHANGE_OF_MIND, "BETTER_PRICE"), 5)
		.add(reason(Category.CHANGE_OF_MIND, "DOES_NOT_FIT_NEEDS"), 10)
		.add(reason(Category.LOGISTICS, "DAMAGED_IN_TRANSIT"), 14)
		.add(reason(Category.LOGISTICS, "LATE_DELIVERY"), 6);

	private static final Weighted<Reason> IN_TRANSIT_REASONS = new Weighted<Reason>()
		.add(reason(Category.LOGISTICS, "LATE_DELIVERY"), 45)
		.add(reason(Category.LOGISTICS, "LOST_IN_TRANSIT"), 25)
		.add(reason(Category.LOGISTICS, "UNDELIVERABLE"), 5)
		.add(reason(Category.CHANGE_OF_MIND, "NO_LONGER_NEEDED"), 25);

	private static final Weighted<Reason> NOT_SHIPPED_REASONS = new Weighted<Reason>()
		.add(reason(Category.CHANGE_OF_MIND, "NO_LONGER_NEEDED"), 60)
		.add(reason(Category.LOGISTICS, "LATE_DELIVERY"), 40);

	private static final Weighted<Outcome> AGREED_OUTCOMES = new Weighted<Outcome>().add(Outcome.REFUND, 55)
		.add(Outcome.PARTIAL_REFUND, 25)
		.add(Outcome.EXCHANGE, 20);

	private static final Set<Incoterm> D_TERMS = EnumSet.of(Incoterm.DAP, Incoterm.DPU, Incoterm.DDP);

	/** Order numbers that no export holds: past any index an export reaches. */
	private static final long UNKNOWN_ORDERS = 500_000_000_000L;

	static {
		for (Path path : Path.values()) {
			PATHS.add(path, path.weight);
		}
	}

	private final Seeds seeds;

	private final Vocabulary vocabulary;

	private final Buyers buyers;

	Returns(Seeds seeds, Vocabulary vocabulary, Buyers buyers) {
		this.seeds = seeds;
		this.vocabulary = vocabulary;
		this.buyers = buyers;
	}

	/**
	 * @param born the run date of the night the order first appeared in: the buyer asked
	 * on or before it
	 * @param runDate the run date of the export being written
	 */
	Row make(Order order, Line line, LocalDate born, LocalDate runDate) {
		SplittableRandom random = this.seeds.random(Kind.RETURN, line.key());
		boolean delivered = line.delivered() != null && !line.delivered().isAfter(born);
		Reason truth = (delivered ? DELIVERED_REASONS
				: line.shipped().isAfter(born) ? NOT_SHIPPED_REASONS : IN_TRANSIT_REASONS)
			.pick(random);
		LocalDate requested = delivered ? requestedAfterDelivery(order, line, born, random)
				: requestedInTransit(order, line, born, random);

		Path path = PATHS.pick(random);
		LocalDate[] stages = stages(path, requested, random);
		int reached = 0;
		while (reached + 1 < stages.length && !stages[reached + 1].isAfter(runDate)) {
			reached++;
		}
		ReturnStatus status = path.statuses[reached];
		boolean closed = status == ReturnStatus.CLOSED;

		MediationDecision mediation = (path == Path.APPEALED)
				? ((random.nextInt(100) < 85) ? MediationDecision.FOR_BUYER : MediationDecision.FOR_SELLER)
				: (random.nextInt(100) < 60) ? MediationDecision.FOR_BUYER : MediationDecision.FOR_SELLER;
		Outcome finalOutcome = outcome(path, mediation, random);
		Outcome outcome = (closed || status == ReturnStatus.AGREED) ? finalOutcome : null;
		boolean mediated = path == Path.MEDIATED || path == Path.APPEALED;
		MediationDecision shownMediation = (mediated && (closed || status == ReturnStatus.APPEAL)) ? mediation : null;

		InspectionResult result = inspection(truth, line, random);
		LocalDate inspectedOn = stages[Math.min(1, stages.length - 1)].plusDays(2 + random.nextInt(11));
		// 8 in 100 sellers never record an inspection, 5 leave it pending
		int inspectionHabit = random.nextInt(100);
		boolean goodsBack = path != Path.WITHDRAWN && path != Path.STUCK_OPEN;
		InspectionResult inspection = null;
		if (goodsBack && status != ReturnStatus.OPEN && inspectionHabit >= 8) {
			boolean done = inspectionHabit >= 13 && !inspectedOn.isAfter(runDate);
			inspection = done ? result : InspectionResult.PENDING;
		}

		int lineDigits = Orders.digits(order.currency());
		int quantity = quantity(line.quantity(), order.buyer().business(), random);
		BigDecimal value = line.unitPrice()
			.multiply(BigDecimal.valueOf(quantity))
			.setScale(lineDigits, RoundingMode.HALF_UP);
		BigDecimal refund = refund(outcome, value, random);
		BigDecimal freight = freight(order, line, result, lineDigits, random);
		Payer paidBy = paidBy(owed(truth, result, order.incoterm()), truth, random);
		// every draw is made whatever the run date, so that later nights draw the same
		boolean payerKnown = random.nextInt(100) >= 10;
		boolean currencyWritten = random.nextInt(100) < 30;
		boolean labelBought = closed || status == ReturnStatus.AGREED || status == ReturnStatus.MEDIATION
				|| status == ReturnStatus.APPEAL;
		boolean paid = freight != null && labelBought && payerKnown;
		String currency = ((refund != null || freight != null) && currencyWritten) ? order.currency() : null;

		Code code = code(order.platform(), truth, random);
		String text = text(order, line, truth, code != null, random);
		Set<Evidence> evidence = evidence(path, inspection, random);

		String orderId = order.id();
		String buyerName = order.buyer().name();
		String sku = line.sku();
		int oddity = random.nextInt(1000);
		if (oddity < 10) {
			orderId = order.platform().orderId(UNKNOWN_ORDERS + order.index());
		}
		else if (oddity < 85) {
			buyerName = spelling(buyerName, random);
		}
		else if (oddity < 100) {
			buyerName = this.buyers.other(order.buyer(), random).name();
		}
		else if (oddity < 125) {
			sku = null;
		}
		else if (oddity < 135) {
			sku = Buyers.pick(this.vocabulary.products, random).stem() + "-X";
		}
		return new Row(order.platform().returnId(line.key()), orderId, buyerName, sku, quantity, requested,
				(code != null) ? code.code() : null, text, refund, currency, freight, paid ? paidBy : null, inspection,
				status, outcome, shownMediation, evidence, closed ? stages[stages.length - 1] : null);
	}

	private static Reason reason(Category category, String subreason) {
		return new Reason(category, subreason);
	}

	/**
	 * Mostly within days of delivery, some weeks later (outside the windows), a few
	 * before delivery and very few before the order itself (a data-quality case the
	 * report lists).
	 */
	private static LocalDate requestedAfterDelivery(Order order, Line line, LocalDate born, SplittableRandom random) {
		int draw = random.nextInt(1000);
		if (draw < 3) {
			return order.date().minusDays(1 + random.nextInt(3));
		}
		if (draw < 40) {
			LocalDate early = line.delivered().minusDays(1 + random.nextInt(4));
			return early.isBefore(order.date()) ? order.date() : early;
		}
		int spread = random.nextInt(100);
		long days = (spread < 70) ? random.nextInt(8)
				: (spread < 90) ? 8 + random.nextInt(23) : 31 + random.nextInt(45);
		long room = ChronoUnit.DAYS.between(line.delivered(), born);
		return line.delivered().plusDays((days <= room) ? days : days % (room + 1));
	}

	/**
	 * Late, lost or no longer wanted: asked between shipping (or ordering) and the run.
	 */
	private static LocalDate requestedInTransit(Order order, Line line, LocalDate born, SplittableRandom random) {
		LocalDate from = line.shipped().isAfter(born) ? order.date() : line.shipped();
		return from.plusDays(random.nextLong(ChronoUnit.DAYS.between(from, born) + 1));
	}

	/** The day each status of the path begins; the first is the request. */
	private static LocalDate[] stages(Path path, LocalDate requested, SplittableRandom random) {
		LocalDate[] days = new LocalDate[path.statuses.length];
		days[0] = requested;
		for (int i = 1; i < days.length; i++) {
			int pause = switch (path.statuses[i]) {
				case NEGOTIATING -> 1 + random.nextInt(3);
				case AGREED -> 1 + random.nextInt(6);
				case MEDIATION -> 3 + random.nextInt(6);
				case APPEAL -> 5 + random.nextInt(11);
				default -> (path.statuses[i - 1] == ReturnStatus.OPEN) ? 1 + random.nextInt(6) : 5 + random.nextInt(21);
			};
			days[i] = days[i - 1].plusDays(pause);
		}
		return days;
	}

	private static Outcome outcome(Path path, MediationDecision mediation, SplittableRandom random) {
		int draw = random.nextInt(100);
		return switch (path) {
			case QUICK, NEGOTIATED -> AGREED_OUTCOMES.pick(random);
			case REJECTED -> Outcome.REJECTED;
			case WITHDRAWN -> Outcome.WITHDRAWN;
			case MEDIATED -> (mediation == MediationDecision.FOR_SELLER) ? Outcome.REJECTED
					: (draw < 70) ? Outcome.REFUND : Outcome.PARTIAL_REFUND;
			case APPEALED -> (draw < 50) ? Outcome.REFUND : Outcome.REJECTED;
			case STUCK_OPEN, STUCK_NEGOTIATING -> Outcome.WITHDRAWN; // never shown: never
																		// closed
		};
	}

	/** What the seller finds in the returned goods, given what really went wrong. */
	private static InspectionResult inspection(Reason truth, Line line, SplittableRandom random) {
		int draw = random.nextInt(100);
		if (line.delivered() == null) {
			return InspectionResult.NOT_RETURNED;
		}
		return switch (truth.category()) {
			case QUALITY -> (truth.subreason().equals("WRONG_ITEM") && draw < 60) ? InspectionResult.WRONG_ITEM
					: (draw < 55) ? InspectionResult.DEFECT_CONFIRMED
							: (draw < 85) ? InspectionResult.MATCHES_DESCRIPTION
									: (draw < 95) ? InspectionResult.TRANSIT_DAMAGE : InspectionResult.NOT_RETURNED;
			case LOGISTICS ->
				truth.subreason().equals("DAMAGED_IN_TRANSIT")
						? ((draw < 65) ? InspectionResult.TRANSIT_DAMAGE
								: (draw < 80) ? InspectionResult.DEFECT_CONFIRMED
										: InspectionResult.MATCHES_DESCRIPTION)
						: (draw < 70) ? InspectionResult.MATCHES_DESCRIPTION : InspectionResult.NOT_RETURNED;
			default -> (draw < 80) ? InspectionResult.MATCHES_DESCRIPTION
					: (draw < 85) ? InspectionResult.DEFECT_CONFIRMED : InspectionResult.NOT_RETURNED;
		};
	}

	private static int quantity(int ordered, boolean business, SplittableRandom random) {
		if (ordered == 1 || random.nextInt(100) < (business ? 30 : 50)) {
			return ordered;
		}
		int share = business ? 5 + random.nextInt(56) : 1 + random.nextInt(99);
		return (int) Math.max(1, (long) ordered * share / 100);
	}

	/** The amount refunded: the agreed share once decided, the amount asked before. */
	private static @Nullable BigDecimal refund(@Nullable Outcome outcome, BigDecimal value, SplittableRandom random) {
		int draw = random.nextInt(100);
		int share = 20 + random.nextInt(51);
		if (outcome == null) {
			return (draw < 60) ? value : null;
		}
		return switch (outcome) {
			case REFUND -> value;
			case PARTIAL_REFUND ->
				value.multiply(BigDecimal.valueOf(share, 2)).setScale(value.scale(), RoundingMode.HALF_UP);
			default -> (draw < 50) ? null : BigDecimal.ZERO.setScale(value.scale());
		};
	}

	/**
	 * The return label: parcel rates for consumers, courier or sea freight for companies.
	 */
	private @Nullable BigDecimal freight(Order order, Line line, InspectionResult result, int digits,
			SplittableRandom random) {
		int draw = random.nextInt(100);
		long cents = order.buyer().business()
				? (line.service().equals("sea") ? 15_000 + random.nextInt(165_001) : 3_000 + random.nextInt(37_001))
				: 400 + random.nextInt(2_101);
		if (draw < 12) {
			return null;
		}
		if (draw < 18 || result == InspectionResult.NOT_RETURNED) {
			return BigDecimal.ZERO.setScale(digits);
		}
		return BigDecimal.valueOf(cents, 2)
			.multiply(this.vocabulary.perDollar.get(order.currency()))
			.setScale(digits, RoundingMode.HALF_UP);
	}

	/**
	 * Who owes the return freight, as a seller who knows the rule would reckon it: the
	 * party at fault, and for transit damage the party with the transit risk.
	 */
	private static Payer owed(Reason truth, InspectionResult result, @Nullable Incoterm incoterm) {
		Category category = switch (result) {
			case DEFECT_CONFIRMED, WRONG_ITEM -> Category.QUALITY;
			case TRANSIT_DAMAGE -> Category.LOGISTICS;
			default -> truth.category();
		};
		return switch (category) {
			case QUALITY -> (result == InspectionResult.MATCHES_DESCRIPTION) ? Payer.BUYER : Payer.SELLER;
			case LOGISTICS -> (incoterm == null || D_TERMS.contains(incoterm)) ? Payer.SELLER : Payer.BUYER;
			default -> Payer.BUYER;
		};
	}

	/**
	 * Mostly the party that owed it; sometimes the wrong one, the platform or the
	 * carrier.
	 */
	private static Payer paidBy(Payer owed, Reason truth, SplittableRandom random) {
		int draw = random.nextInt(100);
		if (owed == Payer.BUYER) {
			return (draw < 84) ? Payer.BUYER : Payer.SELLER;
		}
		if (draw < 78) {
			return Payer.SELLER;
		}
		if (draw < 84) {
			return Payer.PLATFORM;
		}
		return (draw < 89 && truth.category() == Category.LOGISTICS) ? Payer.CARRIER : Payer.BUYER;
	}

	/**
	 * The platform's code for the reason: mostly one that says the truth, sometimes one
	 * the policy leaves to the text, and sometimes a seller-fault code picked by a buyer
	 * who simply changed their mind.
	 */
	private @Nullable Code code(Platform platform, Reason truth, SplittableRandom random) {
		int given = random.nextInt(100);
		int kind = random.nextInt(100);
		int pick = random.nextInt(1000);
		if (given >= platform.codePercent()) {
			return null;
		}
		List<Code> codes = this.vocabulary.codes.get(platform);
		List<Code> candidates;
		if (kind < 6) {
			candidates = codes.stream().filter((code) -> code.reason() == null).toList();
		}
		else if (kind < 10 && truth.category() == Category.CHANGE_OF_MIND) {
			candidates = codes.stream()
				.filter((code) -> code.reason() != null && code.reason().category() == Category.QUALITY)
				.toList();
		}
		else {
			candidates = codes.stream().filter((code) -> truth.equals(code.reason())).toList();
		}
		return candidates.isEmpty() ? null : candidates.get(pick % candidates.size());
	}

	/**
	 * The buyer's words in the buyer's language (some write English) about this kind of
	 * product, blank for some buyers who picked a code and for a few who gave nothing at
	 * all.
	 */
	private @Nullable String text(Order order, Line line, Reason truth, boolean coded, SplittableRandom random) {
		int blank = random.nextInt(100);
		int english = random.nextInt(100);
		int vague = random.nextInt(100);
		String language = order.buyer().country().language();
		if (english < ((order.platform() == Platform.EDI) ? 80 : 15)) {
			language = "en";
		}
		List<Phrase> phrases = this.vocabulary.phrases.get(language)
			.get((vague < 5) ? "-" : truth.toString())
			.stream()
			.filter((candidate) -> candidate.fits(line.family()))
			.toList();
		String phrase = Buyers.pick(phrases, random).text();
		int casing = random.nextInt(100);
		int ending = random.nextInt(100);
		if (blank < (coded ? 35 : 6)) {
			return null;
		}
		if (casing < 40) {
			phrase = phrase.substring(0, 1).toUpperCase(Locale.ROOT) + phrase.substring(1);
		}
		char last = phrase.charAt(phrase.length() - 1);
		if (ending < 15 && Character.isLetterOrDigit(last)) {
			phrase += Character.isIdeographic(last) ? "。" : ".";
		}
		return phrase;
	}

	/**
	 * What the seller holds: more for disputes that went to the platform; an appeal
	 * without any is a finding.
	 */
	private static Set<Evidence> evidence(Path path, @Nullable InspectionResult inspection, SplittableRandom random) {
		int none = random.nextInt(100);
		Set<Evidence> evidence = EnumSet.noneOf(Evidence.class);
		int[] chances = { 55, 45, 12, 50, 30 };
		Evidence[] kinds = Evidence.values();
		for (int i = 0; i < kinds.length; i++) {
			if (random.nextInt(100) < chances[i]) {
				evidence.add(kinds[i]);
			}
		}
		if (inspection == null || inspection == InspectionResult.PENDING) {
			evidence.remove(Evidence.INSPECTION_REPORT);
		}
		boolean disputed = path == Path.MEDIATED || path == Path.APPEALED;
		return (none < (disputed ? 15 : 40)) ? EnumSet.noneOf(Evidence.class) : evidence;
	}

	/** The same buyer written another way: case, punctuation, spacing or no suffix. */
	private static String spelling(String name, SplittableRandom random) {
		return switch (random.nextInt(5)) {
			case 0 -> name.toUpperCase(Locale.ROOT);
			case 1 -> name.toLowerCase(Locale.ROOT);
			case 2 -> name.replace(".", "").replace(",", "");
			case 3 -> name.replace(" ", "  ");
			default -> {
				int space = name.lastIndexOf(' ');
				yield (space > 0 && name.indexOf(' ') < space) ? name.substring(0, space) : name;
			}
		};
	}

}

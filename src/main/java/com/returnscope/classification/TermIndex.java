package com.returnscope.classification;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;

/**
 * A trie of the heads of all terms, walked from every place a term may start: the start
 * of each word, and each Chinese or Japanese character. A term cannot start inside a
 * word, so most characters are looked at once or twice, whatever the number of terms.
 * <p>
 * The trie is stored as a double array (Aoe's layout): a step from state {@code s} on a
 * character with code {@code c} goes to {@code t = base(s) + c} if {@code check(t) == s}.
 * Base and check sit side by side in one array, so a step costs one or two memory reads
 * in a few hundred kilobytes, however many terms the policy has.
 */
final class TermIndex {

	/** Receives each place where a term's head was found. */
	@FunctionalInterface
	interface HeadConsumer {

		void accept(int term, int start, int end);

	}

	private static final int FREE = -1;

	/** Each head character's code, from 1; 0 for a character no head contains. */
	private final char[] codes = new char[Character.MAX_VALUE + 1];

	/**
	 * Set on a state's base when some head ends there: the outputs are only read then.
	 */
	private static final int ENDS_HEAD = 1 << 30;

	/** base(s) at [2s], check(s) at [2s + 1]; the root is state 0. */
	private int[] cells;

	/** The terms whose head ends at each state, in term order; null for none. */
	private int[][] outputs;

	TermIndex(List<String> heads) {
		assignCodes(heads);
		// The distinct heads, sorted: the heads below a trie node are a range of them.
		Map<String, List<Integer>> termsByHead = new TreeMap<>();
		for (int term = 0; term < heads.size(); term++) {
			termsByHead.computeIfAbsent(heads.get(term), (head) -> new ArrayList<>()).add(term);
		}
		String[] sorted = termsByHead.keySet().toArray(String[]::new);
		this.cells = new int[2 * 1024];
		this.outputs = new int[1024][];
		BitSet taken = new BitSet();
		taken.set(0); // the root
		// {state, first head, end of heads, depth}
		Queue<int[]> queue = new ArrayDeque<>();
		queue.add(new int[] { 0, 0, sorted.length, 0 });
		while (!queue.isEmpty()) {
			int[] node = queue.remove();
			int state = node[0];
			int first = node[1];
			int depth = node[3];
			// sorted: a head that ends at this node comes first among its heads
			if (sorted[first].length() == depth) {
				this.outputs[state] = termsByHead.get(sorted[first]).stream().mapToInt(Integer::intValue).toArray();
				first++;
			}
			List<int[]> children = new ArrayList<>(); // {code, first head, end of heads}
			for (int from = first; from < node[2];) {
				char c = sorted[from].charAt(depth);
				int to = from + 1;
				while (to < node[2] && sorted[to].charAt(depth) == c) {
					to++;
				}
				children.add(new int[] { this.codes[c], from, to });
				from = to;
			}
			if (children.isEmpty()) {
				continue;
			}
			int base = place(children.stream().mapToInt((child) -> child[0]).toArray(), taken);
			this.cells[2 * state] = base;
			for (int[] child : children) {
				int target = base + child[0];
				taken.set(target);
				grow(target);
				this.cells[2 * target + 1] = state;
				queue.add(new int[] { target, child[1], child[2], depth + 1 });
			}
		}
		int size = taken.length() + 1;
		this.cells = Arrays.copyOf(this.cells, 2 * size);
		this.outputs = Arrays.copyOf(this.outputs, size);
		for (int state = 0; state < size; state++) {
			if (this.outputs[state] != null) {
				this.cells[2 * state] |= ENDS_HEAD;
			}
		}
		for (int state = taken.nextClearBit(0); state < size; state = taken.nextClearBit(state + 1)) {
			this.cells[2 * state + 1] = FREE; // no state's child: a step into it fails
		}
	}

	/**
	 * The lowest base that puts every child on a free cell, found by hopping free cells.
	 */
	private static int place(int[] childCodes, BitSet taken) {
		int lowest = Arrays.stream(childCodes).min().orElseThrow();
		for (int free = taken.nextClearBit(lowest + 1);; free = taken.nextClearBit(free + 1)) {
			int base = free - lowest;
			boolean fits = true;
			for (int code : childCodes) {
				if (taken.get(base + code)) {
					fits = false;
					break;
				}
			}
			if (fits) {
				return base;
			}
		}
	}

	private void grow(int state) {
		if (2 * state + 1 >= this.cells.length) {
			this.cells = Arrays.copyOf(this.cells, Math.max(this.cells.length * 2, 2 * state + 2));
			this.outputs = Arrays.copyOf(this.outputs, this.cells.length / 2);
		}
	}

	/** Frequent characters get small codes, so the double array packs densely. */
	private void assignCodes(List<String> heads) {
		Map<Character, Integer> frequency = new HashMap<>();
		heads.forEach((head) -> head.chars().forEach((c) -> frequency.merge((char) c, 1, Integer::sum)));
		List<Character> byFrequency = new ArrayList<>(frequency.keySet());
		byFrequency.sort((a, b) -> (!frequency.get(a).equals(frequency.get(b))) ? frequency.get(b) - frequency.get(a)
				: Character.compare(a, b));
		for (int i = 0; i < byFrequency.size(); i++) {
			this.codes[byFrequency.get(i)] = (char) (i + 1);
		}
	}

	void forEachHead(String text, HeadConsumer consumer) {
		int length = text.length();
		int[] cells = this.cells;
		char[] codes = this.codes;
		for (int start = 0; start < length; start++) {
			char first = text.charAt(start);
			if (!TextNormalizer.isWordChar(first)
					|| (start > 0 && text.charAt(start - 1) != ' ' && !TextNormalizer.isUnspaced(first))) {
				continue; // inside a word, or not a word at all
			}
			int state = 0;
			for (int i = start; i < length; i++) {
				int code = codes[text.charAt(i)];
				int base = cells[2 * state] & ~ENDS_HEAD;
				int target = base + code;
				if (code == 0 || 2 * target + 1 >= cells.length || cells[2 * target + 1] != state) {
					break;
				}
				state = target;
				if ((cells[2 * state] & ENDS_HEAD) != 0) {
					for (int term : this.outputs[state]) {
						consumer.accept(term, start, i + 1);
					}
				}
			}
		}
	}

}

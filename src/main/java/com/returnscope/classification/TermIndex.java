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

	/** The terms whose head ends at each state, in policy order; null for none. */
	private int[][] outputs;

	TermIndex(List<String> heads) {
		Trie trie = new Trie(heads);
		assignCodes(heads);
		this.cells = new int[2 * 1024];
		this.outputs = new int[1024][];
		BitSet taken = new BitSet();
		taken.set(0); // the root
		Queue<int[]> queue = new ArrayDeque<>(); // {trie node, state}
		queue.add(new int[] { 0, 0 });
		while (!queue.isEmpty()) {
			int[] entry = queue.remove();
			TreeMap<Character, Integer> children = trie.children.get(entry[0]);
			int state = entry[1];
			List<Integer> terms = trie.ends.get(entry[0]);
			if (!terms.isEmpty()) {
				this.outputs[state] = terms.stream().mapToInt(Integer::intValue).toArray();
			}
			if (children.isEmpty()) {
				continue;
			}
			int[] childCodes = children.keySet().stream().mapToInt((c) -> this.codes[c]).toArray();
			int base = place(childCodes, taken);
			this.cells[2 * state] = base;
			int i = 0;
			for (int child : children.values()) {
				int target = base + childCodes[i++];
				taken.set(target);
				grow(target);
				this.cells[2 * target + 1] = state;
				queue.add(new int[] { child, target });
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
			this.cells[2 * state + 1] = FREE; // no state's child: every step into it
												// fails
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

	/** The trie as built from the heads, before it is packed. */
	private static final class Trie {

		final List<TreeMap<Character, Integer>> children = new ArrayList<>();

		final List<List<Integer>> ends = new ArrayList<>();

		Trie(List<String> heads) {
			node();
			for (int term = 0; term < heads.size(); term++) {
				String head = heads.get(term);
				int node = 0;
				for (int i = 0; i < head.length(); i++) {
					Integer child = this.children.get(node).get(head.charAt(i));
					if (child == null) {
						child = node();
						this.children.get(node).put(head.charAt(i), child);
					}
					node = child;
				}
				this.ends.get(node).add(term);
			}
		}

		private int node() {
			this.children.add(new TreeMap<>());
			this.ends.add(new ArrayList<>());
			return this.children.size() - 1;
		}

	}

}

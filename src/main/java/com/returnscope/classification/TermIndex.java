package com.returnscope.classification;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Queue;
import java.util.TreeMap;

/**
 * An Aho-Corasick automaton over the heads of all terms: one pass over a text finds every
 * place where any of thousands of terms may start, whatever their number.
 */
final class TermIndex {

	/** Receives each place where a term's head was found. */
	@FunctionalInterface
	interface HeadConsumer {

		void accept(int term, int start, int end);

	}

	private static final int[] NONE = {};

	private final int[] rootNext = new int[Character.MAX_VALUE + 1];

	private final char[][] keys;

	private final int[][] next;

	private final int[] fail;

	private final int[][] outputs;

	private final int[] headLengths;

	TermIndex(List<String> heads) {
		List<TreeMap<Character, Integer>> children = new ArrayList<>();
		List<List<Integer>> own = new ArrayList<>();
		children.add(new TreeMap<>());
		own.add(new ArrayList<>());
		this.headLengths = new int[heads.size()];
		for (int term = 0; term < heads.size(); term++) {
			String head = heads.get(term);
			this.headLengths[term] = head.length();
			int node = 0;
			for (int i = 0; i < head.length(); i++) {
				Integer child = children.get(node).get(head.charAt(i));
				if (child == null) {
					child = children.size();
					children.add(new TreeMap<>());
					own.add(new ArrayList<>());
					children.get(node).put(head.charAt(i), child);
				}
				node = child;
			}
			own.get(node).add(term);
		}
		int size = children.size();
		this.keys = new char[size][];
		this.next = new int[size][];
		for (int node = 0; node < size; node++) {
			TreeMap<Character, Integer> map = children.get(node);
			this.keys[node] = new char[map.size()];
			this.next[node] = new int[map.size()];
			int i = 0;
			for (var entry : map.entrySet()) {
				this.keys[node][i] = entry.getKey();
				this.next[node][i++] = entry.getValue();
			}
		}
		Arrays.fill(this.rootNext, 0);
		for (int i = 0; i < this.keys[0].length; i++) {
			this.rootNext[this.keys[0][i]] = this.next[0][i];
		}
		this.fail = new int[size];
		this.outputs = new int[size][];
		this.outputs[0] = NONE;
		Queue<Integer> queue = new ArrayDeque<>();
		for (int child : this.next[0]) {
			this.fail[child] = 0;
			this.outputs[child] = toArray(own.get(child), NONE);
			queue.add(child);
		}
		while (!queue.isEmpty()) {
			int node = queue.remove();
			for (int i = 0; i < this.keys[node].length; i++) {
				char c = this.keys[node][i];
				int child = this.next[node][i];
				int f = this.fail[node];
				while (f != 0 && child(f, c) < 0) {
					f = this.fail[f];
				}
				int target = child(f, c);
				this.fail[child] = (target >= 0 && target != child) ? target : 0;
				this.outputs[child] = toArray(own.get(child), this.outputs[this.fail[child]]);
				queue.add(child);
			}
		}
	}

	private static int[] toArray(List<Integer> own, int[] inherited) {
		if (own.isEmpty()) {
			return inherited;
		}
		int[] all = Arrays.copyOf(own.stream().mapToInt(Integer::intValue).toArray(), own.size() + inherited.length);
		System.arraycopy(inherited, 0, all, own.size(), inherited.length);
		return all;
	}

	private int child(int node, char c) {
		if (node == 0) {
			int target = this.rootNext[c];
			return (target != 0) ? target : -1;
		}
		int i = Arrays.binarySearch(this.keys[node], c);
		return (i >= 0) ? this.next[node][i] : -1;
	}

	void forEachHead(String text, HeadConsumer consumer) {
		int state = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			int target = child(state, c);
			while (target < 0 && state != 0) {
				state = this.fail[state];
				target = child(state, c);
			}
			state = Math.max(target, 0);
			for (int term : this.outputs[state]) {
				consumer.accept(term, i + 1 - this.headLengths[term], i + 1);
			}
		}
	}

}

package com.returnscope.generate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Values drawn with fixed weights, in the order they were added (so draws are stable).
 */
final class Weighted<T> {

	private final List<T> values = new ArrayList<>();

	private int[] cumulative = new int[0];

	private int total;

	Weighted<T> add(T value, int weight) {
		if (weight > 0) {
			this.values.add(value);
			this.total += weight;
			this.cumulative = Arrays.copyOf(this.cumulative, this.values.size());
			this.cumulative[this.values.size() - 1] = this.total;
		}
		return this;
	}

	T pick(SplittableRandom random) {
		int at = Arrays.binarySearch(this.cumulative, random.nextInt(this.total) + 1);
		return this.values.get((at >= 0) ? at : -at - 1);
	}

	boolean isEmpty() {
		return this.values.isEmpty();
	}

}

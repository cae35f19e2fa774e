package com.returnscope.compliance;

import java.io.PrintStream;
import java.util.HashMap;
import java.util.Map;

/**
 * What verify found to differ, printed as found: at most {@value #SHOWN} lines per file,
 * then how many more, so that a file rewritten from top to bottom does not flood the
 * console.
 */
final class Differences {

	static final int SHOWN = 20;

	private final PrintStream out;

	private final Map<String, Integer> byFile = new HashMap<>();

	private int total;

	Differences(PrintStream out) {
		this.out = out;
	}

	/** One difference in {@code file}, in words. */
	void add(String file, String difference) {
		this.total++;
		int count = this.byFile.merge(file, 1, Integer::sum);
		if (count <= SHOWN) {
			this.out.println("  DIFFERS " + file + ": " + difference);
		}
	}

	/** Says how many differences of a file were not shown. */
	void endOf(String file) {
		int count = this.byFile.getOrDefault(file, 0);
		if (count > SHOWN) {
			this.out.println("  DIFFERS " + file + ": and " + (count - SHOWN) + " more differences");
		}
	}

	int of(String file) {
		return this.byFile.getOrDefault(file, 0);
	}

	int total() {
		return this.total;
	}

}

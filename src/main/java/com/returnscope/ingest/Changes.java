package com.returnscope.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A chunk of accepted rows sorted by what they do to the history: new keys are inserted,
 * new content replaces what is held, and repeated (or older) rows only mark their key as
 * seen again.
 */
record Changes<T>(List<IncomingRow<T>> inserts, List<IncomingRow<T>> replaces, List<IncomingRow<T>> seenAgain) {

	static <T> Changes<T> of(List<? extends IncomingRow<T>> rows, LocalDate runDate) {
		Changes<T> changes = new Changes<>(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
		for (IncomingRow<T> row : rows) {
			((row.stored() == null) ? changes.inserts
					: row.replacesContent(runDate) ? changes.replaces : changes.seenAgain)
				.add(row);
		}
		return changes;
	}

}

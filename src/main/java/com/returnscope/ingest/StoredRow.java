package com.returnscope.ingest;

import java.time.LocalDate;

/**
 * What the history holds of a key when tonight's file brings it again.
 *
 * @param rowHash the hash of the content held
 * @param lastRun the run that saw the key last
 * @param lastLine the key's line in that run's file
 * @param sourceDate the run date the content held comes from
 */
public record StoredRow(long rowHash, long lastRun, long lastLine, LocalDate sourceDate) {
}

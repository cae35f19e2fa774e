package com.returnscope.domain;

/** One row of rejects.csv: an input row that was not accepted, and why. */
public record Reject(String file, long line, String column, String error, String rawRecord) {
}

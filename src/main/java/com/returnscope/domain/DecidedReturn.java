package com.returnscope.domain;

/** A decision with the return it was made on, as the outputs render them. */
public record DecidedReturn(Decision decision, ReturnRequest request) {
}

package com.returnscope.decision;

import com.returnscope.ingest.ReturnRequest;

/** A decision with the return it was made on, as the outputs render them. */
public record DecidedReturn(Decision decision, ReturnRequest request) {
}

/**
 * ReturnScope: the nightly batch job that turns a cross-border seller's order and return
 * exports into decisions, Excel reports for managers and a compliance pack for auditors.
 * The job's outline is {@link com.returnscope.run.ReturnsJobConfiguration}.
 */
@NullMarked
package com.returnscope;

import org.jspecify.annotations.NullMarked;

/**
 * Publishing a run's files: they are written into a hidden folder beside the final one
 * and moved into {@code output/<run-date>/} in one rename at the end, with a manifest
 * that fingerprints every input, the policy and every output, and reconciles the row
 * counts.
 */
@NullMarked
package com.returnscope.publish;

import org.jspecify.annotations.NullMarked;

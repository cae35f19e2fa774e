/**
 * The auditors' pack and its verification. compliance-summary.xlsx (Cover, Rules,
 * Freight, Violations, Appeal candidates, Rejects, Period) and compliance-rules.csv are
 * rendered from set-based queries over the history ({@link ComplianceFigures}); the order
 * lines of earlier exports a run was decided against are kept with it
 * (history-orders.csv). {@code verify} re-hashes a published run's files and recomputes
 * the run from its recorded inputs and policy in a throwaway database, and says exactly
 * what differs.
 */
@NullMarked
package com.returnscope.compliance;

import org.jspecify.annotations.NullMarked;

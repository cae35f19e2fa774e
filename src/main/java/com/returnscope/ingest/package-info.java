/**
 * Reading the seller's exports: orders.csv and returns.csv in the canonical layout of the
 * data contract. Every physical row ends up either staged in the database (accepted) or
 * in the rejects table with file, line, column and reason, so that read = accepted +
 * rejected.
 */
@NullMarked
package com.returnscope.ingest;

import org.jspecify.annotations.NullMarked;

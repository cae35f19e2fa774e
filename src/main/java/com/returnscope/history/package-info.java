/**
 * The history store's own bookkeeping: the runs it holds, the database lock that lets one
 * run at a time write it, and the retention that prunes old runs and the rows nothing
 * kept refers to. Orders and returns enter it through the ingest steps.
 */
@NullMarked
package com.returnscope.history;

import org.jspecify.annotations.NullMarked;

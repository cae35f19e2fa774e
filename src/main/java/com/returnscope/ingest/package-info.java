/**
 * Reading the seller's exports: orders and returns in the canonical layout of the data
 * contract or in a platform's own ({@link com.returnscope.ingest.Layouts}: Amazon's All
 * Orders and FBA customer returns reports, Shopify's orders export), as delimited text or
 * .xlsx workbooks. Every physical row ends up either staged in the database (accepted) or
 * in the rejects table with file, line, column and reason, so that read = accepted +
 * rejected; a broken record costs one row, never the file.
 */
@NullMarked
package com.returnscope.ingest;

import org.jspecify.annotations.NullMarked;

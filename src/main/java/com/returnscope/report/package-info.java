/**
 * The managers' workbook, returns-report.xlsx: a summary sheet with the key figures and
 * the reason mix as a native chart, and a details sheet with one row per return. Rendered
 * from the staged decisions; detail rows are streamed, so size is no concern.
 */
@NullMarked
package com.returnscope.report;

import org.jspecify.annotations.NullMarked;

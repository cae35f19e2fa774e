/**
 * The auditors' pack, compliance-summary.xlsx: one row per rule with how many returns it
 * was evaluated on and failed, the freight breaches split by who was wronged, every
 * failing return with its explanation, and every rejected input row.
 */
@NullMarked
package com.returnscope.compliance;

import org.jspecify.annotations.NullMarked;

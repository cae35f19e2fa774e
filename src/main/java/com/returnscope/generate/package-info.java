/**
 * Test and benchmark data: the {@code generate} command writes an orders.csv and a
 * returns.csv that follow the data contract and look like a cross-border seller's real
 * exports, the same bytes for the same arguments. Every row is derived from the seed and
 * its index, so files of any size are written in a small heap; night K of the same seed
 * repeats most of night K-1's rows, as consecutive nightly exports do. This package uses
 * only the domain package of the project.
 */
@NullMarked
package com.returnscope.generate;

import org.jspecify.annotations.NullMarked;

/**
 * What every step of the job shares: the run's typed parameters and context, its output
 * folder, and the writers and fingerprints of its files. Uses only the domain package.
 */
@NullMarked
package com.returnscope.job;

import org.jspecify.annotations.NullMarked;

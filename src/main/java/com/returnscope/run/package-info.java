/**
 * Running the job: the command line and settings, the checks made before anything is
 * written, the job's outline ({@link com.returnscope.run.ReturnsJobConfiguration}), the
 * launch with its idempotent reruns and restarts, and the exit codes schedulers act on.
 */
@NullMarked
package com.returnscope.run;

import org.jspecify.annotations.NullMarked;

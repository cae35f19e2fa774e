package com.returnscope.run;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;

import com.returnscope.history.HistoryLock;
import org.jspecify.annotations.Nullable;

/**
 * The process a run records as working on it (rs_run's host and pid), as this host can
 * see it: alive here, gone from here, or on another host, which this one cannot see.
 */
enum RecordedProcess {

	ALIVE, GONE, ELSEWHERE;

	/**
	 * @param host the recorded host
	 * @param pid the recorded process
	 * @param workingSince when it started its current work on the run (its job
	 * execution's start): a process of that number started later is another, which got
	 * the number again
	 */
	static RecordedProcess of(String host, long pid, @Nullable LocalDateTime workingSince) {
		if (!host.equals(HistoryLock.host())) {
			return ELSEWHERE;
		}
		if (pid == ProcessHandle.current().pid()) {
			// this process holds the database and runs nothing yet: the number came back
			// (a new container), or an earlier run of this process ended without a word
			return GONE;
		}
		Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
		if (process.isEmpty()) {
			return GONE;
		}
		Optional<Instant> started = process.get().info().startInstant();
		if (workingSince != null && started.isPresent()
				&& started.get().isAfter(workingSince.atZone(ZoneId.systemDefault()).toInstant())) {
			return GONE;
		}
		return ALIVE;
	}

}

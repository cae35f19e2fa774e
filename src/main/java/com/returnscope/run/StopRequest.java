package com.returnscope.run;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * SIGTERM and SIGINT, as systemd, Kubernetes or an operator's Ctrl-C send them. The JVM's
 * own handlers would end the process at once and leave the run marked running; these ask
 * the running job to stop after its current chunk instead, so that it ends STOPPED and
 * the next start resumes it. A second signal ends the process at once, as a kill would
 * (the next start then recovers the run by itself).
 */
final class StopRequest implements AutoCloseable {

	private final Map<Signal, SignalHandler> replaced = new LinkedHashMap<>();

	private @Nullable String signal;

	private @Nullable Runnable stopper;

	private StopRequest() {
	}

	/** Handles SIGTERM and SIGINT until closed, when the JVM's handlers come back. */
	static StopRequest install() {
		StopRequest request = new StopRequest();
		for (String name : new String[] { "TERM", "INT" }) {
			Signal signal = new Signal(name);
			try {
				request.replaced.put(signal, Signal.handle(signal, (received) -> request.receive("SIG" + name)));
			}
			catch (IllegalArgumentException ex) {
				// the signal is ignored (nohup) or not this platform's: nothing to handle
			}
		}
		return request;
	}

	/** A request that no signal makes: a stop is asked for in code, as a test would. */
	static StopRequest none() {
		return new StopRequest();
	}

	synchronized void receive(String name) {
		if (this.signal != null) {
			System.err.println("returnscope: " + name + " again: ending at once; the next start recovers the run");
			Runtime.getRuntime().halt(ExitCodes.STOPPED.code());
		}
		this.signal = name;
		if (this.stopper != null) {
			this.stopper.run();
		}
		notifyAll();
	}

	/** The signal that asked to stop; null while none has. */
	synchronized @Nullable String signal() {
		return this.signal;
	}

	/**
	 * Runs {@code stopper} when a stop is asked for, at once if it already has been;
	 * until {@link #clearStopper()}.
	 */
	synchronized void onStop(Runnable stopper) {
		this.stopper = stopper;
		if (this.signal != null) {
			stopper.run();
		}
	}

	synchronized void clearStopper() {
		this.stopper = null;
	}

	/** Waits up to {@code timeout} for a stop; true when one was asked for. */
	synchronized boolean await(Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (this.signal == null) {
			long left = deadline - System.nanoTime();
			if (left <= 0) {
				return false;
			}
			wait(Math.max(1, left / 1_000_000));
		}
		return true;
	}

	@Override
	public void close() {
		this.replaced.forEach(Signal::handle);
	}

}

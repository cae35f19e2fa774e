package com.returnscope.history;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Optional;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * One run at a time per database, across processes and hosts: a run holds the row
 * 'history' of rs_lock with SELECT ... FOR UPDATE NOWAIT, in a transaction left open on a
 * connection of its own until the run ends. A second run is turned away at once. The
 * database itself releases the lock when the holder's connection ends, also when its
 * process is killed, so no stale lock ever needs clearing by hand.
 */
@Component
public class HistoryLock {

	private static final String NAME = "history";

	/** H2's "Timeout trying to lock table" (NOWAIT), PostgreSQL's lock_not_available. */
	private static final int H2_LOCK_TIMEOUT = 50200;

	private static final String POSTGRESQL_LOCK_NOT_AVAILABLE = "55P03";

	private final DataSource dataSource;

	private final JdbcTemplate jdbc;

	public HistoryLock(DataSource dataSource, JdbcTemplate jdbc) {
		this.dataSource = dataSource;
		this.jdbc = jdbc;
	}

	/** Who holds the lock, as the holder recorded it. */
	public record Holder(String description, String host, long pid, LocalDateTime since) {
	}

	/** A lock held; closing it releases it. */
	public final class Held implements AutoCloseable {

		private final Connection connection;

		private Held(Connection connection) {
			this.connection = connection;
		}

		@Override
		public void close() {
			try (this.connection) {
				this.connection.rollback();
			}
			catch (SQLException ex) {
				// the connection is gone, and with it the lock
			}
		}

	}

	/**
	 * Takes the lock for {@code description} ("the run of 2026-11-25"), or returns empty
	 * when another process holds it.
	 */
	public Optional<Held> tryAcquire(String description) {
		Connection connection = null;
		try {
			connection = this.dataSource.getConnection();
			connection.setAutoCommit(false);
			try (PreparedStatement select = connection
				.prepareStatement("SELECT name FROM rs_lock WHERE name = ? FOR UPDATE NOWAIT")) {
				select.setString(1, NAME);
				select.executeQuery().close();
			}
		}
		catch (SQLException ex) {
			closeQuietly(connection);
			if (ex.getErrorCode() == H2_LOCK_TIMEOUT || POSTGRESQL_LOCK_NOT_AVAILABLE.equals(ex.getSQLState())) {
				return Optional.empty();
			}
			throw new IllegalStateException("Cannot take the history lock: " + ex.getMessage(), ex);
		}
		this.jdbc.update("DELETE FROM rs_lock_holder WHERE name = ?", NAME);
		this.jdbc.update("INSERT INTO rs_lock_holder (name, description, host, pid, since) VALUES (?, ?, ?, ?, ?)",
				NAME, description, host(), ProcessHandle.current().pid(), Timestamp.valueOf(LocalDateTime.now()));
		return Optional.of(new Held(connection));
	}

	/** The holder as it recorded itself; empty when it has not done so yet. */
	public Optional<Holder> holder() {
		return this.jdbc
			.query("SELECT description, host, pid, since FROM rs_lock_holder WHERE name = ?",
					(rs, row) -> new Holder(rs.getString(1), rs.getString(2), rs.getLong(3),
							rs.getTimestamp(4).toLocalDateTime()),
					NAME)
			.stream()
			.findFirst();
	}

	/** This machine's name, as runs and locks record it. */
	public static String host() {
		try {
			return InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException ex) {
			return ManagementFactory.getRuntimeMXBean().getName();
		}
	}

	private static void closeQuietly(@Nullable Connection connection) {
		if (connection != null) {
			try {
				connection.close();
			}
			catch (SQLException ex) {
				// nothing was held on it
			}
		}
	}

}

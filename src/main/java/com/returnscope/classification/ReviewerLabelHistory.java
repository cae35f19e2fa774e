package com.returnscope.classification;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.returnscope.domain.Category;
import com.returnscope.domain.Reason;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Reviewers' labels kept in the history store (rs_reviewer_label): a run that reads an
 * overrides file records all its labels in one batch, each with the buyer's text it
 * labelled as the history holds it; {@code retrain --from-history} reads the latest label
 * of every return back as training texts.
 */
@Repository
public class ReviewerLabelHistory {

	/**
	 * A reviewer's label as the history keeps it.
	 *
	 * @param reasonText the buyer's text it labelled; null when the history held no such
	 * return, or the return had no text
	 */
	public record Label(String returnId, long runId, Reason reason, String note, @Nullable String reasonText) {
	}

	private static final String INSERT = """
			INSERT INTO rs_reviewer_label (run_id, return_id, category, subreason, note, reason_text, labelled_at)
			VALUES (?, ?, ?, ?, ?, (SELECT q.reason_text FROM rs_return r
			JOIN rs_return_request q ON q.run_id = r.source_run AND q.line_no = r.source_line
			WHERE r.return_id = ?), ?)""";

	private static final String LATEST = """
			SELECT l.return_id, l.run_id, l.category, l.subreason, l.note, l.reason_text
			FROM rs_reviewer_label l
			WHERE l.run_id = (SELECT MAX(m.run_id) FROM rs_reviewer_label m WHERE m.return_id = l.return_id)
			ORDER BY l.return_id""";

	private final JdbcTemplate jdbc;

	public ReviewerLabelHistory(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Records a run's labels; a resumed run records them again, replacing its earlier
	 * rows.
	 */
	public void record(long runId, ReviewerOverrides overrides, LocalDateTime at) {
		List<Map.Entry<String, ReviewerOverrides.Override>> labels = new ArrayList<>(overrides.all().entrySet());
		this.jdbc.update("DELETE FROM rs_reviewer_label WHERE run_id = ?", runId);
		Timestamp when = Timestamp.valueOf(at);
		this.jdbc.batchUpdate(INSERT, labels, labels.size(), (ps, label) -> {
			Reason reason = label.getValue().reason();
			ps.setLong(1, runId);
			ps.setString(2, label.getKey());
			ps.setString(3, reason.category().name());
			ps.setString(4, reason.subreason());
			ps.setString(5, label.getValue().note());
			ps.setString(6, label.getKey());
			ps.setTimestamp(7, when);
		});
	}

	/** The latest label of every return, in return id order. */
	public void forEachLatest(Consumer<Label> consumer) {
		this.jdbc.query(LATEST, (row) -> {
			String category = row.getString("category");
			String subreason = row.getString("subreason");
			Reason reason = (Category.UNCLASSIFIED.name().equals(category)) ? Reason.UNCLASSIFIED
					: new Reason(Category.valueOf(category), subreason);
			consumer.accept(new Label(row.getString("return_id"), row.getLong("run_id"), reason, row.getString("note"),
					row.getString("reason_text")));
		});
	}

}

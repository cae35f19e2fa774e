-- Reviewers' labels (issue 7): every label an overrides file carried, by the return it
-- labels and the run that read it, with the buyer's text it labelled, so that `retrain
-- --from-history` can add them to the model's training texts. A return labelled again in
-- a later run keeps both rows; the latest run's label is the one that counts.
CREATE TABLE rs_reviewer_label (
	return_id VARCHAR(1000) NOT NULL,
	run_id BIGINT NOT NULL,
	category VARCHAR(20) NOT NULL,
	-- empty for UNCLASSIFIED
	subreason VARCHAR(100) NOT NULL,
	note VARCHAR(20000) NOT NULL,
	-- the return's reason_text as the history held it when the run read the label; null
	-- when the history holds no such return, or it has no text
	reason_text VARCHAR(20000),
	labelled_at TIMESTAMP NOT NULL,
	PRIMARY KEY (run_id, return_id)
);

-- retrain reads the latest label of each return
CREATE INDEX rs_reviewer_label_by_return ON rs_reviewer_label (return_id, run_id);

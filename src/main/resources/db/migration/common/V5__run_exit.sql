-- How each run's last start ended (issue 8), for --status: the process exit code and the
-- one line it printed. Both are null while a start is under way, and stay null when its
-- process was killed.
ALTER TABLE rs_run ADD COLUMN exit_code INTEGER;
ALTER TABLE rs_run ADD COLUMN exit_message VARCHAR(2000);

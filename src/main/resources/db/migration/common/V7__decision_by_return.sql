-- The compliance pack's period figures (last 30 days, month to date) count each return
-- once, by its latest decision in the period: finding whether a later run decided the
-- same return is one index probe per decision instead of a scan.
-- Portable SQL: the same script runs on H2 2.x and PostgreSQL.
CREATE INDEX rs_decision_return ON rs_decision (return_id, run_id);

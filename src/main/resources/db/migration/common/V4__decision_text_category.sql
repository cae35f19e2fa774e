-- The learned text classifier (issue 7): the model's confidence for KEYWORD and MODEL
-- decisions, and what the buyer's text alone says whatever decided (null when there is
-- no text or no confident reading).
ALTER TABLE rs_decision ADD COLUMN confidence NUMERIC(3, 2);
ALTER TABLE rs_decision ADD COLUMN text_category VARCHAR(20);

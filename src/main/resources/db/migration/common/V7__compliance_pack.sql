-- The auditors' compliance pack (issue 10).
-- Portable SQL: the same script runs on H2 2.x and PostgreSQL.

-- The period figures (last 30 days, month to date) count each return once, by its latest
-- decision in the period: finding whether a later run decided the same return is one
-- index probe per decision instead of a scan.
CREATE INDEX rs_decision_return ON rs_decision (return_id, run_id);

-- The order lines a run's returns were decided against that its own orders export did not
-- carry, as the history held them when the run decided (with the run date and line of the
-- export their content came from). Rendered as history-orders.csv, they let verify
-- recompute the run from its folder alone. A run's own record: retention prunes it with
-- the run.
CREATE TABLE rs_run_history_order (
	run_id BIGINT NOT NULL,
	order_id VARCHAR(1000) NOT NULL,
	sku VARCHAR(1000) NOT NULL,
	order_date DATE NOT NULL,
	buyer_name VARCHAR(1000) NOT NULL,
	buyer_country CHAR(2),
	product_name VARCHAR(4000),
	product_category VARCHAR(1000),
	quantity INTEGER NOT NULL,
	unit_price NUMERIC(19, 4) NOT NULL,
	currency CHAR(3) NOT NULL,
	shipped_date DATE,
	delivered_date DATE,
	carrier VARCHAR(1000),
	tracking_number VARCHAR(1000),
	incoterm VARCHAR(3),
	source_date DATE NOT NULL,
	source_line BIGINT NOT NULL,
	PRIMARY KEY (run_id, order_id, sku)
);

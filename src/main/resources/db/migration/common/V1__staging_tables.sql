-- Staging tables: every accepted input row, every rejected row and every decision of a
-- run, keyed by the Spring Batch job instance. Workbooks and files are rendered from these
-- tables, so a restarted run renders exactly what an uninterrupted one would.
-- Portable SQL: the same script runs on H2 2.x and PostgreSQL.

CREATE TABLE rs_order_line (
	instance_id BIGINT NOT NULL,
	line_no BIGINT NOT NULL,
	order_id VARCHAR(1000) NOT NULL,
	order_date DATE NOT NULL,
	buyer_name VARCHAR(1000) NOT NULL,
	buyer_country CHAR(2),
	sku VARCHAR(1000) NOT NULL,
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
	PRIMARY KEY (instance_id, line_no)
);

CREATE INDEX rs_order_line_order ON rs_order_line (instance_id, order_id, sku);

CREATE TABLE rs_return_request (
	instance_id BIGINT NOT NULL,
	line_no BIGINT NOT NULL,
	return_id VARCHAR(1000) NOT NULL,
	order_id VARCHAR(1000) NOT NULL,
	buyer_name VARCHAR(1000) NOT NULL,
	sku VARCHAR(1000),
	quantity INTEGER NOT NULL,
	requested_date DATE NOT NULL,
	reason_code VARCHAR(1000),
	reason_text VARCHAR(20000),
	refund_amount NUMERIC(19, 4),
	currency CHAR(3),
	return_freight_cost NUMERIC(19, 4),
	freight_paid_by VARCHAR(20),
	inspection_result VARCHAR(30),
	status VARCHAR(20) NOT NULL,
	outcome VARCHAR(20),
	mediation_decision VARCHAR(20),
	evidence VARCHAR(200) NOT NULL,
	closed_date DATE,
	PRIMARY KEY (instance_id, line_no)
);

CREATE INDEX rs_return_request_id ON rs_return_request (instance_id, return_id);

CREATE TABLE rs_reject (
	instance_id BIGINT NOT NULL,
	file_name VARCHAR(1000) NOT NULL,
	line_no BIGINT NOT NULL,
	column_name VARCHAR(1000) NOT NULL,
	error VARCHAR(4000) NOT NULL,
	raw_record VARCHAR(100000) NOT NULL,
	PRIMARY KEY (instance_id, file_name, line_no)
);

CREATE TABLE rs_decision (
	instance_id BIGINT NOT NULL,
	line_no BIGINT NOT NULL,
	return_id VARCHAR(1000) NOT NULL,
	order_id VARCHAR(1000) NOT NULL,
	order_match VARCHAR(20) NOT NULL,
	category VARCHAR(20) NOT NULL,
	subreason VARCHAR(100) NOT NULL,
	classified_by VARCHAR(20) NOT NULL,
	matched_term VARCHAR(4000) NOT NULL,
	days_since_delivery INTEGER,
	window_status VARCHAR(20) NOT NULL,
	expected_freight_payer VARCHAR(20) NOT NULL,
	freight_rule VARCHAR(100) NOT NULL,
	actual_freight_payer VARCHAR(20) NOT NULL,
	freight_compliant VARCHAR(10) NOT NULL,
	freight_amount_at_issue NUMERIC(19, 4) NOT NULL,
	currency CHAR(3),
	findings VARCHAR(1000) NOT NULL,
	evaluated_rules VARCHAR(1000) NOT NULL,
	appeal_candidate BOOLEAN NOT NULL,
	explanation VARCHAR(20000) NOT NULL,
	PRIMARY KEY (instance_id, line_no)
);

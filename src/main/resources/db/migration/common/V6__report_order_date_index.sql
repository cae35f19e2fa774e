-- The managers' report adds up order lines by order date: the thirteen months' trend
-- reads this index alone (it holds the date, the order and the quantity), the period's
-- lines are found through it instead of reading every order line the history holds.
CREATE INDEX rs_order_line_date ON rs_order_line (order_date, order_id, quantity);

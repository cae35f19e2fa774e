package com.returnscope.report;

/** Orders, order lines and units ordered. */
record OrderCounts(long orders, long lines, long units) {

	static final OrderCounts NONE = new OrderCounts(0, 0, 0);

	OrderCounts plus(OrderCounts other) {
		return new OrderCounts(this.orders + other.orders, this.lines + other.lines, this.units + other.units);
	}

}

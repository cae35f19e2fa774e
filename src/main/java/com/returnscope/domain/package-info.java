/**
 * The values every feature shares: the input rows (order line, return request), their
 * enumerations, the reason of a return and the decision made on it. This package uses no
 * other package of the project.
 */
@NullMarked
package com.returnscope.domain;

import org.jspecify.annotations.NullMarked;

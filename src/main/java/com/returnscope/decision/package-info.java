/**
 * Deciding every return: confirming its order, classifying its reason, placing it in its
 * window, naming who must pay the return freight, checking every compliance rule and
 * saying why in one sentence. The decisions are staged and then rendered to
 * decisions.csv.
 */
@NullMarked
package com.returnscope.decision;

import org.jspecify.annotations.NullMarked;

/**
 * Classifying the reason of a return, in the policy's order of precedence: a reviewer's
 * override, a conclusive inspection, the platform's reason code, the buyer's own words
 * (any of the policy's languages), or nothing. Every classification says what decided it.
 */
@NullMarked
package com.returnscope.classification;

import org.jspecify.annotations.NullMarked;

/**
 * Learning the reason model: the labelled corpus, its split into train and development
 * texts, training with Tribuo, measuring the classifier on a labelled set (figures only),
 * and retraining with reviewers' labels. Commands of their own, run by people, never by
 * the nightly job.
 */
@NullMarked
package com.returnscope.learning;

import org.jspecify.annotations.NullMarked;

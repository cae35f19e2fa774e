/**
 * The compliance rules of the policy, one small class each.
 * {@link com.returnscope.decision.rules.ComplianceRules} lists them all; adding a rule is
 * one class, one line there and one entry in the policy file.
 */
@NullMarked
package com.returnscope.decision.rules;

import org.jspecify.annotations.NullMarked;

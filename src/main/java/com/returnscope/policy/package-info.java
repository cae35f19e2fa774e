/**
 * The return policy as data: the versioned YAML file that holds every window, payer,
 * code, keyword and rule switch the job decides with, its loading and its validation.
 * Nothing here decides a return; the classification and decision packages read it.
 */
@NullMarked
package com.returnscope.policy;

import org.jspecify.annotations.NullMarked;

package com.returnscope.domain;

/** The categories of return reasons printed in decisions.csv. */
public enum Category {

	QUALITY, CHANGE_OF_MIND, LOGISTICS, UNCLASSIFIED

}

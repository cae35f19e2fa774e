package com.returnscope.domain;

/** Incoterms 2020 as accepted in orders.csv; a blank incoterm is {@code null}. */
public enum Incoterm {

	EXW, FCA, FAS, FOB, CFR, CIF, CPT, CIP, DAP, DPU, DDP

}

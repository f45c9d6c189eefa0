package com.fintechkg.kg.relation;

/** Which way relations are followed from an entity. */
public enum Direction {

	OUTGOING, INCOMING, BOTH

}

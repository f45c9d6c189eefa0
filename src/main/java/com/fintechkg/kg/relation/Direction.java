package com.fintechkg.kg.relation;

/** Which way relations are followed from an entity. */
public enum Direction {

	OUTGOING("(e)-[r]->(o:Entity)"), INCOMING("(e)<-[r]-(o:Entity)"), BOTH("(e)-[r]-(o:Entity)");

	private final String pattern;

	Direction(String pattern) {
		this.pattern = pattern;
	}

	/** The relationship pattern from entity {@code e} over {@code r} to the other end {@code o}. */
	String pattern() {
		return this.pattern;
	}

}

package com.fintechkg.kg.seed;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of entity the graph holds. The name is also the Neo4j label and the GraphQL object type.
 */
public enum Kind {

	Institution, Technology, Regulation, Product, Scenario, Region, Indicator;

	/** The label every entity node carries besides its kind's label. */
	public static final String ENTITY_LABEL = "Entity";

	public static Optional<Kind> parse(String text) {
		return Arrays.stream(values()).filter((kind) -> kind.name().equals(text)).findFirst();
	}

}

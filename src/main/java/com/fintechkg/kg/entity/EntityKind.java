package com.fintechkg.kg.entity;

import com.fintechkg.kg.seed.Kind;

/** GraphQL's {@code EntityKind}: one value per {@link Kind}, named in GraphQL's enum style. */
public enum EntityKind {

	INSTITUTION(Kind.Institution), TECHNOLOGY(Kind.Technology), REGULATION(Kind.Regulation), PRODUCT(Kind.Product),
	SCENARIO(Kind.Scenario), REGION(Kind.Region), INDICATOR(Kind.Indicator);

	private final Kind kind;

	EntityKind(Kind kind) {
		this.kind = kind;
	}

	/** The Neo4j label and GraphQL object type of this kind, e.g. {@code Institution}. */
	public String typeName() {
		return this.kind.name();
	}

	public static EntityKind of(String typeName) {
		for (EntityKind value : values()) {
			if (value.typeName().equals(typeName)) {
				return value;
			}
		}
		throw new IllegalArgumentException("Unknown kind " + typeName);
	}

}

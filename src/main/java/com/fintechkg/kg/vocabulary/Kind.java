package com.fintechkg.kg.vocabulary;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A kind of entity, by name: {@code Institution}, {@code Technology}, ... The name is the Neo4j label and the GraphQL
 * object type of its entities; {@link #enumValue()} is its value of GraphQL's {@code EntityKind} enum
 * ({@code INSTITUTION}). Which kinds exist is the {@link Vocabulary}'s to say.
 *
 * @param name the kind's name, in PascalCase
 */
public record Kind(String name) implements Comparable<Kind> {

	/** The label every entity node carries besides its kind's label. */
	public static final String ENTITY_LABEL = "Entity";

	private static final Pattern NAME = Pattern.compile("[A-Z][a-z0-9]*(?:[A-Z][a-z0-9]*)*");

	private static final Pattern ENUM_VALUE = Pattern.compile("[A-Z][A-Z0-9]*(?:_[A-Z][A-Z0-9]*)*");

	public Kind {
		if (!NAME.matcher(name).matches()) {
			throw new IllegalArgumentException("A kind's name is PascalCase (e.g. Institution), not '" + name + "'");
		}
	}

	/** True when {@code text} can name a kind (PascalCase letters and digits). */
	public static boolean isName(String text) {
		return NAME.matcher(text).matches();
	}

	/** The kind named {@code name}, e.g. {@code Institution}. */
	public static Kind of(String name) {
		return new Kind(name);
	}

	/** The kind whose GraphQL enum value is {@code enumValue}, e.g. {@code INSTITUTION} or {@code DATA_SOURCE}. */
	public static Kind valueOf(String enumValue) {
		if (!ENUM_VALUE.matcher(enumValue).matches()) {
			throw new IllegalArgumentException("Not a kind's enum value: '" + enumValue + "'");
		}
		StringBuilder name = new StringBuilder();
		for (String word : enumValue.split("_")) {
			name.append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
		}
		return new Kind(name.toString());
	}

	/** This kind's value of GraphQL's {@code EntityKind} enum: {@code INSTITUTION}, {@code DATA_SOURCE}. */
	public String enumValue() {
		return this.name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
	}

	/** The name in running text, e.g. {@code institution}, {@code data source}. */
	public String inText() {
		return this.name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
	}

	@Override
	public int compareTo(Kind other) {
		return this.name.compareTo(other.name);
	}

	@Override
	public String toString() {
		return this.name;
	}

}

package com.fintechkg.kg.stored;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.types.MapAccessor;

/**
 * The facts of a relation as the graph stores them on its relationship, and the one place that says how: the
 * relationship's type is the relation type, it runs from {@code from} to {@code to}, and it carries its id, its one
 * citation as the three properties {@link #CITATION_PROPERTIES}, its optional date, value and unit, and its
 * provenance ({@link StoredProvenance}). Every writer builds its properties with {@link #properties}; readers read
 * the citation back with {@link #citation}.
 */
public record StoredRelation(String from, String type, String to, Citation citation, @Nullable String date,
		@Nullable Double value, @Nullable String unit) {

	/** {@code from:TYPE:to}: one relation per (from, type, to). */
	public static final String ID = "id";

	public static final String SOURCE = "source";

	public static final String SECTION = "section";

	public static final String QUOTE = "quote";

	public static final String DATE = "date";

	public static final String VALUE = "value";

	public static final String UNIT = "unit";

	/** The citation, as three properties: source, section, quote. */
	public static final List<String> CITATION_PROPERTIES = List.of(SOURCE, SECTION, QUOTE);

	/** The facts other than id and citation, in the order of the seed format. */
	public static final List<String> FACTS = List.of(DATE, VALUE, UNIT);

	/** The stable id of this relation. */
	public String id() {
		return id(this.from, this.type, this.to);
	}

	/** The stable id of the relation of {@code type} from {@code from} to {@code to}. */
	public static String id(String from, String type, String to) {
		return from + ":" + type + ":" + to;
	}

	/** The properties stored for this relation with {@code origin}; absent facts are null (left out by a SET). */
	public Map<String, Object> properties(String origin) {
		Map<String, Object> properties = new HashMap<>();
		properties.put(ID, id());
		properties.put(QUOTE, this.citation.quote());
		properties.put(SECTION, this.citation.section());
		properties.put(SOURCE, this.citation.source());
		properties.put(DATE, this.date);
		properties.put(VALUE, this.value);
		properties.put(UNIT, this.unit);
		properties.put(StoredProvenance.ORIGIN, origin);
		return properties;
	}

	/**
	 * A row for a write statement that finds the ends by {@code row.from} and {@code row.to}, writes a relationship
	 * of type {@code row.type} with id {@code row.id} and sets {@code row.properties}.
	 */
	public Map<String, Object> row(String origin) {
		return Map.of("id", id(), "from", this.from, "to", this.to, "type", this.type, "properties",
				properties(origin));
	}

	/** The citation a stored relationship carries, or null when it has none (no quote). */
	public static @Nullable Citation citation(MapAccessor relationship) {
		String quote = relationship.get(QUOTE).asString(null);
		return (quote != null) ? new Citation(relationship.get(SOURCE).asString(""),
				relationship.get(SECTION).asString(""), quote) : null;
	}

}

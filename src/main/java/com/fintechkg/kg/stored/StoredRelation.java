package com.fintechkg.kg.stored;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.types.MapAccessor;

/**
 * The facts of a relation as the graph stores them on its relationship, and the one place that says how: the
 * relationship's type is the relation type, it runs from {@code from} to {@code to}, and it carries its id, its
 * citations as the same three parallel lists an entity node carries ({@link #CITATION_PROPERTIES}: sources,
 * sections, quotes, in the order the seed lists the passages), its optional date, value, unit and role, and its
 * provenance ({@link StoredProvenance}). Every writer builds its properties with {@link #properties}; readers read
 * the citations back with {@link #citations}, Cypher reads them as {@code r.citationQuotes} and
 * {@code r.citationSections} ({@code '3.2.1' IN r.citationSections}).
 */
public record StoredRelation(String from, String type, String to, List<Citation> citations, @Nullable String date,
		@Nullable Double value, @Nullable String unit, @Nullable String role) {

	/** {@code from:TYPE:to}: one relation per (from, type, to). */
	public static final String ID = "id";

	public static final String CITATION_SOURCES = StoredEntity.CITATION_SOURCES;

	public static final String CITATION_SECTIONS = StoredEntity.CITATION_SECTIONS;

	public static final String CITATION_QUOTES = StoredEntity.CITATION_QUOTES;

	public static final String DATE = "date";

	public static final String VALUE = "value";

	public static final String UNIT = "unit";

	/** The part a region or sector plays in a market (early-mover, emerging, ...), for types that declare it. */
	public static final String ROLE = "role";

	/** The citations, as three parallel lists (sources, sections, quotes), stored as an entity stores them. */
	public static final List<String> CITATION_PROPERTIES = StoredEntity.CITATION_PROPERTIES;

	/**
	 * The single-citation properties ({@code source}, {@code section}, {@code quote}) relationships carried before
	 * they carried lists: never written, removed wherever a relationship is written.
	 */
	public static final List<String> LEGACY_CITATION_PROPERTIES = List.of("source", "section", "quote");

	/** The facts other than id and citations, in the order of the seed format. */
	public static final List<String> FACTS = List.of(DATE, VALUE, UNIT, ROLE);

	public StoredRelation {
		citations = List.copyOf(citations);
	}

	/** A relation citing one passage. */
	public StoredRelation(String from, String type, String to, Citation citation, @Nullable String date,
			@Nullable Double value, @Nullable String unit) {
		this(from, type, to, List.of(citation), date, value, unit, null);
	}

	/** The stable id of this relation. */
	public String id() {
		return id(this.from, this.type, this.to);
	}

	/** The first citation: the passage the seed lists first. */
	public @Nullable Citation citation() {
		return this.citations.isEmpty() ? null : this.citations.getFirst();
	}

	/** The stable id of the relation of {@code type} from {@code from} to {@code to}. */
	public static String id(String from, String type, String to) {
		return from + ":" + type + ":" + to;
	}

	/**
	 * The properties stored for this relation with {@code origin}; absent facts are null (left out by a SET), and so
	 * are the {@link #LEGACY_CITATION_PROPERTIES} (a {@code SET r += properties} removes them).
	 */
	public Map<String, Object> properties(String origin) {
		Map<String, Object> properties = new HashMap<>();
		properties.put(ID, id());
		properties.put(CITATION_SOURCES, this.citations.stream().map(Citation::source).toList());
		properties.put(CITATION_SECTIONS, this.citations.stream().map(Citation::section).toList());
		properties.put(CITATION_QUOTES, this.citations.stream().map(Citation::quote).toList());
		properties.put(DATE, this.date);
		properties.put(VALUE, this.value);
		properties.put(UNIT, this.unit);
		properties.put(ROLE, this.role);
		LEGACY_CITATION_PROPERTIES.forEach((legacy) -> properties.put(legacy, null));
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

	/**
	 * The citations a stored relationship (or a map projection of it) carries, in order: the parallel lists as
	 * {@link StoredEntity#citations} reads them; empty when it has none.
	 */
	public static List<Citation> citations(MapAccessor relationship) {
		return StoredEntity.citations(relationship);
	}

	/** The first citation a stored relationship carries, or null when it has none. */
	public static @Nullable Citation citation(MapAccessor relationship) {
		List<Citation> citations = citations(relationship);
		return citations.isEmpty() ? null : citations.getFirst();
	}

}

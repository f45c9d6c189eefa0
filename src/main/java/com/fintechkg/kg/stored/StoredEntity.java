package com.fintechkg.kg.stored;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.MapAccessor;

/**
 * The facts of an entity as the graph stores them on its {@code :Entity} node, and the one place that says how.
 * <p>
 * Besides the facts themselves a node carries what is derived from them for the database's own use
 * ({@link #DERIVED}): {@code aliasText}, the aliases joined for the full-text index, and {@code nameKeys}, the
 * normalised names and aliases that curation's name-clash check compares. Citations are stored as three parallel
 * lists ({@link #CITATION_PROPERTIES}), because a Neo4j property cannot hold a list of maps. Every writer (the
 * seed loader, curation, the synthetic generator) builds its properties with {@link #properties}, and every
 * reader reads them back with {@link #read} and {@link #citations}, so the two cannot disagree.
 *
 * @param kind the name of the entity's kind, which is also its second node label
 * @param group whether the entity is a group the text names collectively (国内银行, 金融机构) rather than one thing;
 * stored as a boolean on every node, so a filter on it needs no null handling
 * @param date when an event took place: {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD} (kinds that declare it)
 */
public record StoredEntity(String id, String kind, String name, String nameZh, List<String> aliases,
		@Nullable String category, boolean group, String description, List<Citation> citations, @Nullable Double value,
		@Nullable String unit, @Nullable String period, @Nullable String date) {

	public static final String ID = "id";

	public static final String KIND = "kind";

	public static final String NAME = "name";

	public static final String NAME_ZH = "nameZh";

	public static final String ALIASES = "aliases";

	/** The aliases joined with {@value #ALIAS_SEPARATOR}, for the full-text index (which indexes text, not lists). */
	public static final String ALIAS_TEXT = "aliasText";

	public static final String ALIAS_SEPARATOR = " | ";

	/** The distinct {@link #nameKey name keys} of the name, Chinese name and aliases. */
	public static final String NAME_KEYS = "nameKeys";

	public static final String CATEGORY = "category";

	public static final String GROUP = "group";

	public static final String DESCRIPTION = "description";

	public static final String CITATION_SOURCES = "citationSources";

	public static final String CITATION_SECTIONS = "citationSections";

	public static final String CITATION_QUOTES = "citationQuotes";

	public static final String VALUE = "value";

	public static final String UNIT = "unit";

	public static final String PERIOD = "period";

	public static final String DATE = "date";

	/** The citations, as three parallel lists: sources, sections, quotes. */
	public static final List<String> CITATION_PROPERTIES = List.of(CITATION_SOURCES, CITATION_SECTIONS,
			CITATION_QUOTES);

	/** Derived from the facts for the database's own use: never read back into an entity, never exported. */
	public static final List<String> DERIVED = List.of(ALIAS_TEXT, NAME_KEYS);

	/** The properties the full-text search index covers. */
	public static final List<String> SEARCH_PROPERTIES = List.of(NAME, NAME_ZH, ALIAS_TEXT, DESCRIPTION);

	/** Read with every projection: cheap, never null, and the kind picks the GraphQL type. */
	public static final List<String> ALWAYS_READ = List.of(ID, KIND, NAME, NAME_ZH);

	/**
	 * The stored properties behind each other field an entity is read into (the provenance fields included): what
	 * a projection of those fields must carry for {@link #read} and the provenance to see them.
	 */
	public static final Map<String, List<String>> READ_BY_FIELD = Map.ofEntries(Map.entry(ALIASES, List.of(ALIASES)),
			Map.entry(CATEGORY, List.of(CATEGORY)), Map.entry(GROUP, List.of(GROUP)),
			Map.entry(DESCRIPTION, List.of(DESCRIPTION)), Map.entry("citations", CITATION_PROPERTIES),
			Map.entry(VALUE, List.of(VALUE)), Map.entry(UNIT, List.of(UNIT)), Map.entry(PERIOD, List.of(PERIOD)),
			Map.entry(DATE, List.of(DATE)), Map.entry(StoredProvenance.VERSION, List.of(StoredProvenance.VERSION)),
			Map.entry("provenance", List.of(StoredProvenance.ORIGIN, StoredProvenance.CREATED_AT,
					StoredProvenance.UPDATED_AT, StoredProvenance.UPDATED_BY)));

	/** The facts other than id, kind and citations, in the order of the seed format. */
	public static final List<String> FACTS = List.of(NAME, NAME_ZH, ALIASES, CATEGORY, GROUP, DESCRIPTION, VALUE,
			UNIT, PERIOD, DATE);

	private static final Pattern WHITESPACE = Pattern.compile("\\s+");

	/**
	 * The properties stored for this entity with {@code origin}: the facts, the citations as parallel lists, the
	 * derived {@code aliasText} and {@code nameKeys}. Absent facts are null (a {@code SET} leaves them out).
	 */
	public Map<String, Object> properties(String origin) {
		Map<String, Object> properties = new HashMap<>();
		properties.put(ID, this.id);
		properties.put(KIND, this.kind);
		properties.put(NAME, this.name);
		properties.put(NAME_ZH, this.nameZh);
		properties.put(ALIASES, this.aliases);
		properties.put(ALIAS_TEXT, String.join(ALIAS_SEPARATOR, this.aliases));
		properties.put(NAME_KEYS, nameKeys(this.name, this.nameZh, this.aliases));
		properties.put(CATEGORY, this.category);
		properties.put(GROUP, this.group);
		properties.put(DESCRIPTION, this.description);
		properties.put(CITATION_SOURCES, this.citations.stream().map(Citation::source).toList());
		properties.put(CITATION_SECTIONS, this.citations.stream().map(Citation::section).toList());
		properties.put(CITATION_QUOTES, this.citations.stream().map(Citation::quote).toList());
		properties.put(VALUE, this.value);
		properties.put(UNIT, this.unit);
		properties.put(PERIOD, this.period);
		properties.put(DATE, this.date);
		properties.put(StoredProvenance.ORIGIN, origin);
		return properties;
	}

	/**
	 * A row for a write statement that merges the node by {@code row.id}, sets {@code row.properties} and adds the
	 * label {@code row.kind} (removing any other kind's label: those of {@code labels(e)} but {@code Entity} and it).
	 */
	public Map<String, Object> row(String origin) {
		return Map.of("id", this.id, "kind", this.kind, "properties", properties(origin));
	}

	/**
	 * The facts of a stored node, or of a map projection of it: properties left out of the projection read as
	 * empty (no aliases, no citations, an empty description, not a group, no category, value, unit, period or date).
	 */
	public static StoredEntity read(MapAccessor node) {
		Value value = node.get(VALUE);
		return new StoredEntity(node.get(ID).asString(), node.get(KIND).asString(), node.get(NAME).asString(),
				node.get(NAME_ZH).asString(), node.get(ALIASES).asList(Value::asString, List.of()),
				node.get(CATEGORY).asString(null), node.get(GROUP).asBoolean(false), node.get(DESCRIPTION).asString(""),
				citations(node), value.isNull() ? null : value.asDouble(), node.get(UNIT).asString(null),
				node.get(PERIOD).asString(null), node.get(DATE).asString(null));
	}

	/**
	 * The citations of a node as {@link #properties} stores them: three parallel lists of sources, sections and
	 * quotes (pairs past the shortest list are dropped).
	 */
	public static List<Citation> citations(MapAccessor node) {
		List<String> sources = node.get(CITATION_SOURCES).asList(Value::asString, List.of());
		List<String> sections = node.get(CITATION_SECTIONS).asList(Value::asString, List.of());
		List<String> quotes = node.get(CITATION_QUOTES).asList(Value::asString, List.of());
		int count = Math.min(quotes.size(), Math.min(sources.size(), sections.size()));
		List<Citation> citations = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			citations.add(new Citation(sources.get(i), sections.get(i), quotes.get(i)));
		}
		return List.copyOf(citations);
	}

	/** The distinct name keys of an entity's name, Chinese name and aliases, as stored in {@value #NAME_KEYS}. */
	public static List<String> nameKeys(String name, String nameZh, List<String> aliases) {
		List<String> all = new ArrayList<>();
		all.add(name);
		all.add(nameZh);
		all.addAll(aliases);
		return all.stream().filter((each) -> !each.isBlank()).map(StoredEntity::nameKey).distinct().toList();
	}

	/** Names compare case-insensitively and ignoring whitespace: "AI 原生" and "ai原生" are one name. */
	public static String nameKey(String name) {
		return WHITESPACE.matcher(name).replaceAll("").toLowerCase(Locale.ROOT);
	}

}

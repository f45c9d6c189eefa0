package com.fintechkg.kg.export;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fintechkg.kg.graph.GraphReads;
import com.fintechkg.kg.seed.SeedLoader;
import com.fintechkg.kg.stored.StoredEntity;
import com.fintechkg.kg.stored.StoredRelation;
import com.fintechkg.kg.vocabulary.Kind;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;

import org.springframework.stereotype.Component;

/**
 * The Cypher for exports, and the mapping from stored properties to exported ones. Every method is one short
 * read-only transaction returning at most one page, so an export of any size stays inside the transaction timeout
 * and holds no transaction open while the client reads. Values are parameters only.
 */
@Component
class ExportQueries {

	/** Node properties in the order of the seed format; any others follow by name. */
	static final List<String> NODE_ORDER = StoredEntity.FACTS;

	/** Relationship properties in the order of the seed format; any others follow by name. */
	static final List<String> RELATION_ORDER = StoredRelation.FACTS;

	/** Stored for the database's own use or exported apart: the id, the kind, the derived properties (aliasText feeds
	 * the search index, nameKeys the curators' name-clash check) and the citations (exported as one list). */
	private static final Set<String> NODE_INTERNAL = Stream.of(List.of(StoredEntity.ID, StoredEntity.KIND),
			StoredEntity.DERIVED, StoredEntity.CITATION_PROPERTIES).flatMap(List::stream).collect(Collectors.toSet());

	/** The id and the citations, exported apart; the legacy single-citation properties are never exported. */
	private static final Set<String> RELATION_INTERNAL = Stream.of(List.of(StoredRelation.ID),
			StoredRelation.CITATION_PROPERTIES, StoredRelation.LEGACY_CITATION_PROPERTIES).flatMap(List::stream)
		.collect(Collectors.toSet());

	private final GraphReads client;

	ExportQueries(GraphReads client) {
		this.client = client;
	}

	boolean exists(String id) {
		return this.client.query("MATCH (e:Entity {id: $id}) RETURN count(e) > 0 AS found")
			.bind(id).to("id")
			.fetchAs(Boolean.class)
			.one()
			.orElse(false);
	}

	/** The distinct ids of entities one relationship (either direction) away from {@code frontier}, at most limit. */
	List<String> neighbours(Collection<String> frontier, int limit) {
		// language=cypher
		String cypher = """
				UNWIND $frontier AS id
				MATCH (:Entity {id: id})--(other:Entity)
				RETURN DISTINCT other.id AS id LIMIT $limit
				""";
		return List.copyOf(this.client.query(cypher)
			.bind(List.copyOf(frontier)).to("frontier")
			.bind(limit).to("limit")
			.fetchAs(String.class)
			.all());
	}

	/** Up to {@code limit} entity ids greater than {@code after} ("" for the first page), in id order. */
	List<String> idsAfter(String after, int limit) {
		return List.copyOf(this.client.query("MATCH (e:Entity) WHERE e.id > $after RETURN e.id AS id ORDER BY e.id LIMIT $limit")
			.bind(after).to("after")
			.bind(limit).to("limit")
			.fetchAs(String.class)
			.all());
	}

	/** Up to {@code limit} entities with ids greater than {@code after} ("" for the first page), in id order. */
	List<ExportNode> nodesAfter(String after, int limit) {
		return nodes("MATCH (e:Entity) WHERE e.id > $after RETURN e ORDER BY e.id LIMIT $limit",
				Map.of("after", after, "limit", limit));
	}

	/** Like {@link #nodesAfter} for the entities of one kind. */
	List<ExportNode> nodesOfKindAfter(Kind kind, String after, int limit) {
		return nodes("MATCH (e:Entity) WHERE e.kind = $kind AND e.id > $after RETURN e ORDER BY e.id LIMIT $limit",
				Map.of("kind", kind.name(), "after", after, "limit", limit));
	}

	/** The entities with these ids, in id order. */
	List<ExportNode> nodes(Collection<String> ids) {
		return nodes("UNWIND $ids AS id MATCH (e:Entity {id: id}) RETURN e ORDER BY e.id", Map.of("ids", List.copyOf(ids)));
	}

	/** Every relationship starting at one of {@code ids}, ordered by start id, type and end id. */
	List<ExportRelation> outgoing(Collection<String> ids) {
		// language=cypher
		String cypher = """
				UNWIND $ids AS id
				MATCH (a:Entity {id: id})-[r]->(b:Entity)
				RETURN a.id AS from, type(r) AS type, b.id AS to, r AS r
				ORDER BY from, type, to, r.id
				""";
		return List.copyOf(this.client.query(cypher)
			.bind(List.copyOf(ids)).to("ids")
			.fetchAs(ExportRelation.class)
			.mappedBy((types, row) -> relation(row.get("from").asString(), row.get("type").asString(),
					row.get("to").asString(), row.get("r")))
			.all());
	}

	/** The cited documents' stored properties (id, title, titleEn, publisher, date, language), by id. */
	List<Map<String, Object>> sources() {
		return List.copyOf(this.client.query("MATCH (s:Source) RETURN s ORDER BY s.id")
			.fetchAs(Map.class)
			.mappedBy((types, row) -> properties(row.get("s").asNode(), Set.of(), List.of("id")))
			.all()
			.stream()
			.map(ExportQueries::typed)
			.toList());
	}

	/** The version of the seed last loaded into the database. */
	Optional<String> seedVersion() {
		return this.client.query("MATCH (i:SeedInfo {id: 'seed'}) RETURN i.version AS version")
			.fetchAs(String.class)
			.one();
	}

	private List<ExportNode> nodes(String cypher, Map<String, Object> parameters) {
		return List.copyOf(this.client.query(cypher)
			.bindAll(parameters)
			.fetchAs(ExportNode.class)
			.mappedBy((types, row) -> node(row.get("e").asNode()))
			.all());
	}

	static ExportNode node(Node node) {
		List<String> labels = new ArrayList<>();
		node.labels().forEach(labels::add);
		labels.sort(null);
		return new ExportNode(node.get(StoredEntity.ID).asString(), node.get(StoredEntity.KIND).asString(""),
				List.copyOf(labels), properties(node, NODE_INTERNAL, NODE_ORDER), StoredEntity.citations(node));
	}

	static ExportRelation relation(String from, String type, String to, Value stored) {
		var relationship = stored.asRelationship();
		return new ExportRelation(relationship.get(StoredRelation.ID).asString(StoredRelation.id(from, type, to)), type,
				from, to, properties(relationship, RELATION_INTERNAL, RELATION_ORDER), StoredRelation.citations(relationship));
	}

	private static Map<String, Object> properties(org.neo4j.driver.types.Entity stored, Set<String> internal,
			List<String> order) {
		Map<String, Object> properties = new LinkedHashMap<>();
		for (String key : order) {
			Value value = stored.get(key);
			if (!value.isNull()) {
				properties.put(key, plain(value.asObject()));
			}
		}
		Set<String> keys = new TreeSet<>();
		stored.keys().forEach(keys::add);
		for (String key : keys) {
			if (!internal.contains(key) && !properties.containsKey(key)) {
				properties.put(key, plain(stored.get(key).asObject()));
			}
		}
		return properties;
	}

	/** Strings, numbers, booleans and lists as they are; temporal and other values as their ISO-8601 or text form. */
	static Object plain(Object value) {
		return switch (value) {
			case String text -> text;
			case Long number -> number;
			case Double number -> number;
			case Boolean flag -> flag;
			case List<?> list -> list.stream().map(ExportQueries::plain).toList();
			case ZonedDateTime dateTime -> DateTimeFormatter.ISO_ZONED_DATE_TIME.format(dateTime);
			case LocalDateTime dateTime -> DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(dateTime);
			case OffsetTime time -> DateTimeFormatter.ISO_OFFSET_TIME.format(time);
			case LocalTime time -> DateTimeFormatter.ISO_LOCAL_TIME.format(time);
			case TemporalAccessor temporal -> temporal.toString();
			case byte[] bytes -> Base64.getEncoder().encodeToString(bytes);
			default -> value.toString();
		};
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> typed(Map<?, ?> map) {
		return (Map<String, Object>) map;
	}

}

package com.fintechkg.kg.export;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * Every entity and relationship of a database with all its stored properties, read in one read transaction, in a
 * canonical form that compares with {@code equals}: integers as Long, temporals as Instants, maps sorted, labels
 * sorted. Relationships are keyed {@code from:TYPE:to}.
 */
record GraphSnapshot(Map<String, Map<String, Object>> nodes, Map<String, Map<String, Object>> relationships) {

	static GraphSnapshot of(Driver driver) {
		try (var session = driver.session()) {
			return session.executeRead((tx) -> {
				Map<String, Map<String, Object>> nodes = new TreeMap<>();
				for (Record row : tx.run("MATCH (e:Entity) RETURN e.id AS id, labels(e) AS labels, properties(e) AS p").list()) {
					Map<String, Object> properties = canonical(row.get("p").asMap(Value::asObject));
					properties.put("labels", row.get("labels").asList(Value::asString).stream().sorted().toList());
					nodes.put(row.get("id").asString(), properties);
				}
				Map<String, Map<String, Object>> relationships = new TreeMap<>();
				for (Record row : tx.run("MATCH (a:Entity)-[r]->(b:Entity) RETURN a.id AS a, type(r) AS t, b.id AS b, properties(r) AS p").list()) {
					relationships.put(row.get("a").asString() + ":" + row.get("t").asString() + ":" + row.get("b").asString(),
							canonical(row.get("p").asMap(Value::asObject)));
				}
				return new GraphSnapshot(nodes, relationships);
			});
		}
	}

	/** The same graph without these properties (on nodes and relationships). */
	GraphSnapshot without(Collection<String> keys) {
		return new GraphSnapshot(strip(this.nodes, keys), strip(this.relationships, keys));
	}

	static Map<String, Object> canonical(Map<String, ?> properties) {
		Map<String, Object> canonical = new TreeMap<>();
		properties.forEach((key, value) -> {
			if (value != null) {
				canonical.put(key, canonicalValue(value));
			}
		});
		return canonical;
	}

	static Object canonicalValue(Object value) {
		return switch (value) {
			case Integer number -> number.longValue();
			case Long number -> number;
			case Float number -> number.doubleValue();
			case Double number -> number;
			case ZonedDateTime dateTime -> dateTime.toInstant();
			case List<?> list -> list.stream().map(GraphSnapshot::canonicalValue).toList();
			default -> value;
		};
	}

	private static Map<String, Map<String, Object>> strip(Map<String, Map<String, Object>> items, Collection<String> keys) {
		Map<String, Map<String, Object>> stripped = new TreeMap<>();
		Set<String> removed = Set.copyOf(keys);
		items.forEach((id, properties) -> {
			Map<String, Object> copy = new TreeMap<>(properties);
			copy.keySet().removeAll(removed);
			stripped.put(id, copy);
		});
		return stripped;
	}

	static List<String> list(Object value) {
		List<String> texts = new ArrayList<>();
		if (value instanceof List<?> list) {
			list.forEach((item) -> texts.add(String.valueOf(item)));
		}
		return texts;
	}

}

package com.fintechkg.kg.support;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole graph as text, for "nothing was written" checks: every node with its labels and properties, every
 * relationship with its type, ends and properties, read with plain Cypher (not through the service).
 */
@TestComponent
@Transactional(readOnly = true)
public class GraphFingerprint {

	private final Neo4jClient neo4j;

	public GraphFingerprint(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/** Every node and relationship of the database, each as one line, sorted. */
	public Snapshot snapshot() {
		List<String> lines = new ArrayList<>();
		this.neo4j.query("MATCH (n) RETURN labels(n) AS labels, properties(n) AS properties")
			.fetch()
			.all()
			.forEach((row) -> lines.add("node " + sorted((Collection<?>) row.get("labels")) + " " + sorted(row.get("properties"))));
		this.neo4j.query("""
				MATCH (a)-[r]->(b)
				RETURN type(r) AS type, coalesce(a.id, elementId(a)) AS from, coalesce(b.id, elementId(b)) AS to,
				       properties(r) AS properties""")
			.fetch()
			.all()
			.forEach((row) -> lines.add("relationship (" + row.get("from") + ")-[" + row.get("type") + "]->(" + row.get("to")
					+ ") " + sorted(row.get("properties"))));
		lines.sort(null);
		return new Snapshot(List.copyOf(lines));
	}

	/** Fails naming what changed when the graph differs from {@code before}. */
	public void assertUnchangedSince(Snapshot before) {
		Snapshot now = snapshot();
		List<String> added = new ArrayList<>(now.lines());
		before.lines().forEach(added::remove);
		List<String> removed = new ArrayList<>(before.lines());
		now.lines().forEach(removed::remove);
		assertThat(added).as("written although refused").isEmpty();
		assertThat(removed).as("removed or changed although refused").isEmpty();
	}

	private static Object sorted(Object value) {
		if (value instanceof Map<?, ?> map) {
			Map<String, Object> sorted = new TreeMap<>();
			map.forEach((key, each) -> sorted.put(String.valueOf(key), sorted(each)));
			return sorted;
		}
		if (value instanceof Collection<?> collection) {
			return collection.stream().map(GraphFingerprint::sorted).toList();
		}
		return value;
	}

	/** The graph's lines at one moment. */
	public record Snapshot(List<String> lines) {

		@Override
		public String toString() {
			return lines.size() + " nodes and relationships";
		}

	}

}

package com.fintechkg.kg.traversal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fintechkg.kg.entity.Entity;
import com.fintechkg.kg.relation.RelationQueries;
import org.jspecify.annotations.Nullable;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Cypher for paths and neighbourhoods. Hop bounds and path counts cannot be parameters in Cypher; they are
 * integers checked against their ranges before they are written into a statement. Everything else is a parameter.
 */
@Component
@Transactional(readOnly = true)
class TraversalQueries {

	private final Neo4jClient client;

	TraversalQueries(Neo4jClient client) {
		this.client = client;
	}

	/** Up to {@code count} shortest paths of 1 to {@code maxHops} relations, shortest first. */
	List<Path> shortest(String from, String to, int maxHops, int count, @Nullable List<String> types) {
		// language=cypher
		String cypher = """
				MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
				MATCH p = SHORTEST %d (a)(()-[r]-() WHERE $types IS NULL OR type(r) IN $types){1,%d}(b)
				RETURN [n IN nodes(p) | n] AS nodes, [r IN relationships(p) | %s] AS relations
				ORDER BY length(p)
				""".formatted(count, maxHops, RelationQueries.PROJECTION);
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("from", from);
		parameters.put("to", to);
		parameters.put("types", types);
		return List.copyOf(this.client.query(cypher)
			.bindAll(parameters)
			.fetchAs(Path.class)
			.mappedBy((typeSystem, row) -> {
				List<Entity> nodes = row.get("nodes").asList(Entity::from);
				return new Path(nodes.size() - 1, nodes, row.get("relations").asList(RelationQueries::relation));
			})
			.all());
	}

	/** The entities one relation away from {@code frontier} that are not in {@code seen}, by id, at most limit. */
	List<Entity> nextLevel(Collection<String> frontier, Collection<String> seen, @Nullable List<String> kinds,
			@Nullable List<String> types, int limit) {
		// language=cypher
		String cypher = """
				UNWIND $frontier AS id
				MATCH (x:Entity {id: id})-[r]-(y:Entity)
				WHERE ($types IS NULL OR type(r) IN $types) AND ($kinds IS NULL OR y.kind IN $kinds)
				  AND NOT y.id IN $seen
				WITH DISTINCT y ORDER BY y.id LIMIT $limit
				RETURN y
				""";
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("frontier", List.copyOf(frontier));
		parameters.put("seen", List.copyOf(seen));
		parameters.put("kinds", kinds);
		parameters.put("types", types);
		parameters.put("limit", limit);
		return List.copyOf(this.client.query(cypher)
			.bindAll(parameters)
			.fetchAs(Entity.class)
			.mappedBy((typeSystem, row) -> Entity.from(row.get("y")))
			.all());
	}

	/** Every relation among {@code ids} (of {@code types} when given). */
	List<com.fintechkg.kg.relation.Relation> among(Collection<String> ids, @Nullable List<String> types) {
		// language=cypher
		String cypher = """
				UNWIND $ids AS id
				MATCH (a:Entity {id: id})-[r]->(b:Entity)
				WHERE b.id IN $ids AND ($types IS NULL OR type(r) IN $types)
				RETURN %s AS relation ORDER BY r.id
				""".formatted(RelationQueries.PROJECTION);
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("ids", List.copyOf(ids));
		parameters.put("types", types);
		return List.copyOf(this.client.query(cypher)
			.bindAll(parameters)
			.fetchAs(com.fintechkg.kg.relation.Relation.class)
			.mappedBy((typeSystem, row) -> RelationQueries.relation(row.get("relation")))
			.all());
	}

}

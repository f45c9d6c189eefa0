package com.fintechkg.kg.traversal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.fintechkg.kg.entity.Entity;
import com.fintechkg.kg.entity.EntityProjection;
import com.fintechkg.kg.graph.GraphReads;
import com.fintechkg.kg.relation.RelationQueries;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * The Cypher for paths and neighbourhoods. Hop bounds and path counts cannot be parameters in Cypher; they are
 * integers checked against their ranges before they are written into a statement. Everything else is a parameter.
 */
@Component
class TraversalQueries {

	/** The deepest neighbourhood the statement is written for; the API allows up to this. */
	static final int MAX_LEVELS = 3;

	/** One level of a neighbourhood: skipped (no rows to expand) past {@code $depth} or once a level was cut. */
	// language=cypher
	private static final String LEVEL = """
			CALL (nodes, frontier, truncated) {
			  UNWIND CASE WHEN truncated OR $depth < %d THEN [] ELSE frontier END AS x
			  MATCH (x)-[r]-(y:Entity)
			  WHERE ($types IS NULL OR type(r) IN $types) AND ($kinds IS NULL OR y.kind IN $kinds)
			    AND NOT y IN nodes
			  WITH DISTINCT y ORDER BY y.id LIMIT $limit + 1
			  RETURN collect(y) AS found
			}
			WITH nodes, found[..($limit - size(nodes) + 2)] AS next, truncated
			WITH nodes + next[..($limit - size(nodes) + 1)] AS nodes, next[..($limit - size(nodes) + 1)] AS frontier,
			  truncated OR size(next) > $limit - size(nodes) + 1 AS truncated
			""";

	/** A neighbourhood up to its {@code RETURN}: the centre, every level, the relations among the entities. */
	private static final String NEIGHBOURHOOD = """
			MATCH (c:Entity {id: $id})
			WITH [c] AS nodes, [c] AS frontier, false AS truncated
			""" + IntStream.rangeClosed(1, MAX_LEVELS).mapToObj(LEVEL::formatted).collect(Collectors.joining()) + """
			CALL (nodes) {
			  UNWIND nodes AS a
			  MATCH (a)-[r]->(b:Entity)
			  WHERE b IN nodes AND ($types IS NULL OR type(r) IN $types)
			  WITH r ORDER BY r.id
			  RETURN collect(%s) AS relations
			}
			""".formatted(RelationQueries.PROJECTION_BY_ID);

	private final GraphReads client;

	TraversalQueries(GraphReads client) {
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

	/**
	 * The neighbourhood of {@code id} in one statement: up to {@code depth} levels, each the entities one relation
	 * away from the previous level that are not already in, by id, until {@code limit} entities besides the centre
	 * are in; then every relation among them. Empty when there is no such entity.
	 * <p>
	 * Each level is written out once (at most {@link #MAX_LEVELS}) and skipped by its condition, so the text differs
	 * only by the projection and its plans are cached. {@code LIMIT $limit + 1} bounds each level's expansion from a hub;
	 * the slice then keeps what is left of the room, plus one to tell whether the level was cut. Entities carry the
	 * properties in {@code projection}; each relation carries its ends' ids, its ends being among the entities.
	 */
	Optional<Subgraph> neighborhood(String id, int depth, int limit, @Nullable List<String> kinds,
			@Nullable List<String> types, EntityProjection projection) {
		String cypher = NEIGHBOURHOOD + "RETURN [n IN nodes | " + projection.cypher("n") + "] AS nodes, relations, truncated";
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("id", id);
		parameters.put("depth", depth);
		parameters.put("limit", limit);
		parameters.put("kinds", kinds);
		parameters.put("types", types);
		return this.client.query(cypher)
			.bindAll(parameters)
			.fetchAs(Subgraph.class)
			.mappedBy((typeSystem, row) -> {
				List<Entity> nodes = row.get("nodes").asList(Entity::from);
				Map<String, Entity> byId = nodes.stream().collect(Collectors.toMap(Entity::id, Function.identity()));
				return new Subgraph(nodes, row.get("relations").asList((relation) -> RelationQueries.relation(relation, byId)),
						row.get("truncated").asBoolean());
			})
			.one();
	}

}

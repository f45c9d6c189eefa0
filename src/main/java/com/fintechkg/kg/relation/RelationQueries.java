package com.fintechkg.kg.relation;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fintechkg.kg.entity.Entity;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The Cypher for reading relations; parameters only, one statement per batch of entities. */
@Component
@Transactional(readOnly = true)
public class RelationQueries {

	private final Neo4jClient client;

	RelationQueries(Neo4jClient client) {
		this.client = client;
	}

	/**
	 * The relations of each of {@code ids}, at most {@code first} per entity, ordered by type then the other end's
	 * id. One round trip for the whole batch; each relation carries both ends.
	 */
	public Map<String, List<Relation>> relationsOf(Collection<String> ids, Direction direction,
			@Nullable List<String> types, int first) {
		record Row(String id, List<Relation> relations) {
		}
		// language=cypher
		String cypher = """
				UNWIND $ids AS id
				MATCH (e:Entity {id: id})
				CALL (e) {
				  MATCH (e)-[r]-(other:Entity)
				  WHERE ($direction = 'BOTH'
				         OR ($direction = 'OUTGOING' AND startNode(r) = e)
				         OR ($direction = 'INCOMING' AND endNode(r) = e))
				    AND ($types IS NULL OR type(r) IN $types)
				  WITH r, other ORDER BY type(r), other.id
				  LIMIT $first
				  RETURN collect({r: r, type: type(r), from: startNode(r), to: endNode(r)}) AS relations
				}
				RETURN id, relations
				""";
		return this.client.query(cypher)
			.bind(List.copyOf(ids)).to("ids")
			.bind(direction.name()).to("direction")
			.bind(types).to("types")
			.bind(first).to("first")
			.fetchAs(Row.class)
			.mappedBy((typeSystem, row) -> new Row(row.get("id").asString(),
					row.get("relations").asList(RelationQueries::relation)))
			.all()
			.stream()
			.collect(Collectors.toMap(Row::id, Row::relations));
	}

	static Relation relation(Value value) {
		Value r = value.get("r");
		Value number = r.get("value");
		return new Relation(r.get("id").asString(), value.get("type").asString(), Entity.from(value.get("from")),
				Entity.from(value.get("to")), r.get("quote").asString(""), r.get("section").asString(""),
				r.get("date").asString(null), number.isNull() ? null : number.asDouble(), r.get("unit").asString(null),
				r.get("source").asString(""));
	}

}

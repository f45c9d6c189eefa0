package com.fintechkg.kg.entity;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The Cypher for reading entities; parameters only. */
@Component
@Transactional(readOnly = true)
public class EntityQueries {

	private final Neo4jClient client;

	EntityQueries(Neo4jClient client) {
		this.client = client;
	}

	public Optional<Entity> findById(String id) {
		return this.client.query("MATCH (e:Entity {id: $id}) RETURN e")
			.bind(id).to("id")
			.fetchAs(Entity.class)
			.mappedBy((types, row) -> Entity.from(row.get("e")))
			.one();
	}

	/** Entities with the given ids, in no particular order; unknown ids are left out. */
	public Collection<Entity> findAllById(Collection<String> ids) {
		return this.client.query("UNWIND $ids AS id MATCH (e:Entity {id: id}) RETURN e")
			.bind(ids).to("ids")
			.fetchAs(Entity.class)
			.mappedBy((types, row) -> Entity.from(row.get("e")))
			.all();
	}

	/** Up to {@code limit} entities ordered by id, starting after {@code afterId} (exclusive) when given. */
	List<Entity> page(int limit, @Nullable String afterId) {
		return List.copyOf(this.client.query("""
				MATCH (e:Entity)
				WHERE $after IS NULL OR e.id > $after
				RETURN e ORDER BY e.id LIMIT $limit
				""")
			.bind(afterId).to("after")
			.bind(limit).to("limit")
			.fetchAs(Entity.class)
			.mappedBy((types, row) -> Entity.from(row.get("e")))
			.all());
	}

	long count() {
		return this.client.query("MATCH (e:Entity) RETURN count(e) AS n").fetchAs(Long.class).one().orElse(0L);
	}

}

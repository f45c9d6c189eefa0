package com.fintechkg.kg.curation;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads the change log. */
@Component
@Transactional(readOnly = true)
class ChangeQueries {

	private final Neo4jClient client;

	ChangeQueries(Neo4jClient client) {
		this.client = client;
	}

	/** The latest {@code first} changes, newest first; only those to {@code target} when given. */
	List<Change> latest(@Nullable String target, int first) {
		String where = (target != null) ? "{target: $target}" : "";
		return List.copyOf(this.client.query("MATCH (c:Change " + where + ") RETURN c ORDER BY c.at DESC, c.id LIMIT $first")
			.bind(target).to("target")
			.bind(first).to("first")
			.fetchAs(Change.class).mappedBy((types, record) -> Change.from(record.get("c")))
			.all());
	}

}

package com.fintechkg.kg.curation;

import java.util.List;

import com.fintechkg.kg.graph.GraphReads;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/** Reads the change log. */
@Component
class ChangeQueries {

	private final GraphReads client;

	ChangeQueries(GraphReads client) {
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

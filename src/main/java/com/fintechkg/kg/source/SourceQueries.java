package com.fintechkg.kg.source;

import java.util.Collection;
import java.util.List;

import com.fintechkg.kg.graph.GraphReads;

import org.springframework.stereotype.Component;

/** The Cypher for reading sources; parameters only. */
@Component
class SourceQueries {

	private final GraphReads client;

	SourceQueries(GraphReads client) {
		this.client = client;
	}

	List<Source> findAll() {
		return find("MATCH (s:Source) RETURN s ORDER BY s.id", List.of());
	}

	private List<Source> find(String cypher, Collection<String> ids) {
		return List.copyOf(this.client.query(cypher)
			.bind(ids).to("ids")
			.fetchAs(Source.class)
			.mappedBy((types, row) -> {
				var s = row.get("s");
				return new Source(s.get("id").asString(), s.get("title").asString(), s.get("titleEn").asString(null),
						s.get("publisher").asString(), s.get("date").asString(null), s.get("language").asString(null));
			})
			.all());
	}

}

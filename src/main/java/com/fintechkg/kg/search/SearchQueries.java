package com.fintechkg.kg.search;

import java.util.List;
import java.util.Map;

import com.fintechkg.kg.entity.Entity;
import com.fintechkg.kg.entity.EntityProjection;
import com.fintechkg.kg.graph.GraphReads;
import com.fintechkg.kg.seed.GraphSchema;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/** The Cypher behind search: the full-text index first, a substring scan of names as the fallback. */
@Component
class SearchQueries {

	record Candidate(Entity entity, double score) {
	}

	private final GraphReads client;

	SearchQueries(GraphReads client) {
		this.client = client;
	}

	/** Up to {@code limit} candidates from the full-text index for a Lucene query, with the properties in {@code projection}. */
	List<Candidate> fullText(String luceneQuery, @Nullable List<String> kinds, int limit, EntityProjection projection) {
		// language=cypher
		String cypher = """
				CALL db.index.fulltext.queryNodes($index, $query, {limit: $limit}) YIELD node, score
				WHERE $kinds IS NULL OR node.kind IN $kinds
				RETURN %s AS node, score
				""".formatted(projection.cypher("node"));
		return List.copyOf(this.client.query(cypher)
			.bindAll(Map.of("index", GraphSchema.SEARCH_INDEX, "query", luceneQuery, "limit", limit))
			.bind(kinds).to("kinds")
			.fetchAs(Candidate.class)
			.mappedBy((types, row) -> new Candidate(Entity.from(row.get("node")), row.get("score").asDouble()))
			.all());
	}

	/** Entities whose name, Chinese name or an alias contains {@code text} (case-insensitive). */
	List<Candidate> names(String text, @Nullable List<String> kinds, int limit, EntityProjection projection) {
		// language=cypher
		String cypher = """
				MATCH (e:Entity)
				WHERE ($kinds IS NULL OR e.kind IN $kinds)
				  AND (toLower(e.name) CONTAINS $text OR toLower(e.nameZh) CONTAINS $text
				       OR any(alias IN coalesce(e.aliases, []) WHERE toLower(alias) CONTAINS $text))
				WITH e ORDER BY size(e.name), e.id LIMIT $limit
				RETURN %s AS e
				""".formatted(projection.cypher("e"));
		return List.copyOf(this.client.query(cypher)
			.bindAll(Map.of("text", text.toLowerCase(java.util.Locale.ROOT), "limit", limit))
			.bind(kinds).to("kinds")
			.fetchAs(Candidate.class)
			.mappedBy((types, row) -> new Candidate(Entity.from(row.get("e")), 0))
			.all());
	}

}

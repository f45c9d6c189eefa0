package com.fintechkg.kg.traversal;

import java.util.List;
import java.util.Optional;

import com.fintechkg.kg.entity.EntityProjection;
import com.fintechkg.kg.entity.EntityQueries;
import com.fintechkg.kg.graphql.Bounds;
import com.fintechkg.kg.relation.RelationVocabulary;
import com.fintechkg.kg.vocabulary.Kind;
import graphql.schema.DataFetchingFieldSelectionSet;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Paths between two entities and the neighbourhood of one, with bounded depth and size. */
@Controller
class TraversalController {

	static final int MAX_HOPS = 6;

	static final int MAX_DEPTH = TraversalQueries.MAX_LEVELS;

	static final int MAX_LIMIT = 1000;

	private final TraversalQueries queries;

	private final EntityQueries entities;

	private final RelationVocabulary vocabulary;

	TraversalController(TraversalQueries queries, EntityQueries entities, RelationVocabulary vocabulary) {
		this.queries = queries;
		this.entities = entities;
		this.vocabulary = vocabulary;
	}

	@QueryMapping
	Optional<Path> shortestPath(@Argument String from, @Argument String to, @Argument @Nullable Integer maxHops,
			@Argument @Nullable List<String> relationTypes) {
		int hops = Bounds.check("maxHops", (maxHops != null) ? maxHops : 4, 1, MAX_HOPS);
		this.vocabulary.check("relationTypes", relationTypes);
		if (from.equals(to)) {
			return this.entities.findById(from, null).map((entity) -> new Path(0, List.of(entity), List.of()));
		}
		return this.queries.shortest(from, to, hops, 1, relationTypes).stream().findFirst();
	}

	@QueryMapping
	List<Path> paths(@Argument String from, @Argument String to, @Argument @Nullable Integer maxHops,
			@Argument @Nullable Integer first) {
		int hops = Bounds.check("maxHops", (maxHops != null) ? maxHops : 3, 1, MAX_HOPS);
		int count = Bounds.check("first", (first != null) ? first : 10, 1, Bounds.MAX_FIRST);
		if (from.equals(to)) {
			return this.entities.findById(from, null).map((entity) -> List.of(new Path(0, List.of(entity), List.of())))
				.orElse(List.of());
		}
		return this.queries.shortest(from, to, hops, count, null);
	}

	@QueryMapping
	Subgraph neighborhood(@Argument String id, @Argument @Nullable Integer depth,
			@Argument @Nullable List<Kind> kinds, @Argument @Nullable List<String> relationTypes,
			@Argument @Nullable Integer limit, DataFetchingFieldSelectionSet selection) {
		int levels = Bounds.check("depth", (depth != null) ? depth : 1, 1, MAX_DEPTH);
		int size = Bounds.check("limit", (limit != null) ? limit : 200, 1, MAX_LIMIT);
		this.vocabulary.check("relationTypes", relationTypes);
		List<String> kindNames = (kinds != null) ? kinds.stream().map(Kind::name).toList() : null;
		EntityProjection projection = EntityProjection.of(selection, "nodes/*", "relations/from/*", "relations/to/*");
		return this.queries.neighborhood(id, levels, size, kindNames, relationTypes, projection)
			.orElseGet(() -> new Subgraph(List.of(), List.of(), false));
	}

}

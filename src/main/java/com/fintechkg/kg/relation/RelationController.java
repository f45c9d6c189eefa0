package com.fintechkg.kg.relation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import com.fintechkg.kg.entity.Entity;
import com.fintechkg.kg.filter.Filters.RelationWhere;
import com.fintechkg.kg.paging.Bounds;
import com.fintechkg.kg.paging.Keyset;
import com.fintechkg.kg.paging.PageInfo;
import com.fintechkg.kg.relation.RelationConnection.RelationEdge;
import org.dataloader.DataLoader;
import org.hibernate.validator.constraints.Range;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

/**
 * Relations: the generic {@code Entity.relations} field (batched: one statement per level and arguments; each
 * relation read from the entity asking, with its far end and direction taken from the same rows),
 * the {@code relations} search over facts, and the vocabulary.
 */
@Controller
class RelationController {

	/** The most {@code Entity.relations} answers ({@link IncidentRelation#MAX_PER_ENTITY}). */
	static final int MAX_RELATIONS = IncidentRelation.MAX_PER_ENTITY;

	private final RelationQueries relations;

	private final RelationVocabulary vocabulary;

	/** The DataLoader key: the entity and the field's arguments (records give equals/hashCode). */
	record RelationsKey(String entityId, Direction direction, @Nullable List<String> types, int first) {
	}

	RelationController(RelationQueries relations, RelationVocabulary vocabulary, BatchLoaderRegistry registry) {
		this.relations = relations;
		this.vocabulary = vocabulary;
		registry.forTypePair(RelationsKey.class, List.class)
			.withName("relations")
			.registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> load(relations, keys)));
	}

	@SchemaMapping(typeName = "Entity")
	CompletableFuture<List<IncidentRelation>> relations(Entity entity, @Argument Direction direction,
			@Argument @Nullable List<String> types, @Argument @Range(min = 0, max = MAX_RELATIONS) int first,
			DataLoader<RelationsKey, List<IncidentRelation>> relations) {
		this.vocabulary.check("types", types);
		return relations.load(new RelationsKey(entity.id(), direction, types, first));
	}

	@QueryMapping
	RelationConnection relations(@Argument @Nullable RelationWhere where,
			@Argument @Range(min = 0, max = Bounds.MAX_FIRST) int first, @Argument @Nullable String after) {
		String afterId = (after != null) ? Keyset.decodeId(after) : null;
		List<Relation> rows = this.relations.page(where, afterId, first + 1);
		List<RelationEdge> edges = rows.stream().limit(first)
			.map((relation) -> new RelationEdge(Keyset.cursor(relation.id()), relation))
			.toList();
		PageInfo pageInfo = PageInfo.of(edges.stream().map(RelationEdge::cursor).toList(), rows.size() > first,
				after != null);
		return new RelationConnection(edges, pageInfo, () -> this.relations.count(where));
	}

	@QueryMapping
	List<RelationTypeInfo> relationTypes() {
		return this.relations.types();
	}

	@SuppressWarnings({ "rawtypes" })
	private static Map<RelationsKey, List> load(RelationQueries relations, Set<RelationsKey> keys) {
		Map<RelationsKey, List> result = new HashMap<>();
		keys.stream()
			.collect(Collectors.groupingBy((key) -> new RelationsKey("", key.direction(), key.types(), key.first())))
			.forEach((arguments, group) -> {
				Map<String, List<Relation>> byEntity = relations.relationsOf(
						group.stream().map(RelationsKey::entityId).toList(), arguments.direction(), arguments.types(),
						arguments.first());
				group.forEach((key) -> result.put(key, byEntity.getOrDefault(key.entityId(), List.of())
					.stream()
					.map((relation) -> IncidentRelation.seenFrom(relation, key.entityId()))
					.toList()));
			});
		return result;
	}

}

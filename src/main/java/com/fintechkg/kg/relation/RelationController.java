package com.fintechkg.kg.relation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import com.fintechkg.kg.entity.Entity;
import com.fintechkg.kg.graphql.Bounds;
import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

/**
 * {@code Entity.relations} for every kind, batched: all entities asking at one level of a query share one
 * Cypher statement (per distinct set of arguments), however many there are.
 */
@Controller
class RelationController {

	static final int MAX_RELATIONS = 1000;

	/** The DataLoader key: the entity and the field's arguments (records give equals/hashCode). */
	record RelationsKey(String entityId, Direction direction, @Nullable List<String> types, int first) {
	}

	RelationController(RelationQueries relations, BatchLoaderRegistry registry) {
		registry.forTypePair(RelationsKey.class, List.class)
			.withName("relations")
			.registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> load(relations, keys)));
	}

	@SchemaMapping(typeName = "Entity")
	CompletableFuture<List<Relation>> relations(Entity entity, @Argument Direction direction,
			@Argument @Nullable List<String> types, @Argument @Nullable Integer first,
			DataLoader<RelationsKey, List<Relation>> relations) {
		int limit = Bounds.check("first", (first != null) ? first : 100, 0, MAX_RELATIONS);
		return relations.load(new RelationsKey(entity.id(), direction, types, limit));
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static Map<RelationsKey, List> load(RelationQueries relations, Set<RelationsKey> keys) {
		Map<RelationsKey, List> result = new HashMap<>();
		keys.stream()
			.collect(Collectors.groupingBy((key) -> new RelationsKey("", key.direction(), key.types(), key.first())))
			.forEach((arguments, group) -> {
				Map<String, List<Relation>> byEntity = relations.relationsOf(
						group.stream().map(RelationsKey::entityId).toList(), arguments.direction(), arguments.types(),
						arguments.first());
				group.forEach((key) -> result.put(key, byEntity.getOrDefault(key.entityId(), List.of())));
			});
		return result;
	}

}

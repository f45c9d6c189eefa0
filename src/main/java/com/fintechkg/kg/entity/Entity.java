package com.fintechkg.kg.entity;

import java.util.List;

import com.fintechkg.kg.seed.SeedLoader;
import com.fintechkg.kg.stored.Citation;
import com.fintechkg.kg.stored.StoredEntity;
import com.fintechkg.kg.vocabulary.Kind;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;

/**
 * An entity as the API serves it: properties only, no relationships (those are loaded in batches by
 * {@code relation}). {@link #kind} selects the GraphQL object type.
 */
public record Entity(String id, Kind kind, String name, String nameZh, List<String> aliases,
		@Nullable String category, boolean group, String description, List<Citation> citations, @Nullable Double value,
		@Nullable String unit, @Nullable String period, @Nullable String date, int version, Provenance provenance) {

	/** Maps an {@code :Entity} node (or a map projection of it, {@link EntityProjection}) as {@link StoredEntity} reads it. */
	public static Entity from(Value node) {
		StoredEntity stored = StoredEntity.read(node);
		return new Entity(stored.id(), Kind.of(stored.kind()), stored.name(), stored.nameZh(), stored.aliases(),
				stored.category(), stored.group(), stored.description(), stored.citations(), stored.value(),
				stored.unit(), stored.period(), stored.date(), Provenance.version(node), Provenance.from(node));
	}

}

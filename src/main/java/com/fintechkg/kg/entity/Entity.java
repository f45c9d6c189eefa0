package com.fintechkg.kg.entity;

import java.util.List;

import com.fintechkg.kg.seed.SeedLoader;
import com.fintechkg.kg.source.Citation;
import com.fintechkg.kg.vocabulary.Kind;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;

/**
 * An entity as the API serves it: properties only, no relationships (those are loaded in batches by
 * {@code relation}). {@link #kind} selects the GraphQL object type.
 */
public record Entity(String id, Kind kind, String name, String nameZh, List<String> aliases,
		@Nullable String category, String description, List<Citation> citations, @Nullable Double value,
		@Nullable String unit, @Nullable String period, int version, Provenance provenance) {

	/** Maps an {@code :Entity} node (or a map with the same keys) as stored by the seed loader. */
	public static Entity from(Value node) {
		List<Citation> citations = SeedLoader.citations(node).stream()
			.map((citation) -> new Citation(citation.source(), citation.section(), citation.quote()))
			.toList();
		Value value = node.get("value");
		return new Entity(node.get("id").asString(), Kind.of(node.get("kind").asString()),
				node.get("name").asString(), node.get("nameZh").asString(), node.get("aliases").asList(Value::asString, List.of()),
				node.get("category").asString(null), node.get("description").asString(""), citations,
				value.isNull() ? null : value.asDouble(), node.get("unit").asString(null), node.get("period").asString(null),
				Provenance.version(node), Provenance.from(node));
	}

}

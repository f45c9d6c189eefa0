package com.fintechkg.kg.entity;

import java.util.ArrayList;
import java.util.List;

import com.fintechkg.kg.source.Citation;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;

/**
 * An entity as the API serves it: properties only, no relationships (those are loaded in batches by
 * {@code relation}). {@link #kind} selects the GraphQL object type.
 */
public record Entity(String id, EntityKind kind, String name, String nameZh, List<String> aliases,
		@Nullable String category, String description, List<Citation> citations, @Nullable Double value,
		@Nullable String unit, @Nullable String period, int version, Provenance provenance) {

	/** Maps an {@code :Entity} node (or a map with the same keys) as stored by the seed loader. */
	public static Entity from(Value node) {
		List<String> sources = node.get("citationSources").asList(Value::asString, List.of());
		List<String> sections = node.get("citationSections").asList(Value::asString, List.of());
		List<String> quotes = node.get("citationQuotes").asList(Value::asString, List.of());
		List<Citation> citations = new ArrayList<>(quotes.size());
		for (int i = 0; i < quotes.size() && i < sources.size() && i < sections.size(); i++) {
			citations.add(new Citation(sources.get(i), sections.get(i), quotes.get(i)));
		}
		Value value = node.get("value");
		return new Entity(node.get("id").asString(), EntityKind.of(node.get("kind").asString()),
				node.get("name").asString(), node.get("nameZh").asString(), node.get("aliases").asList(Value::asString, List.of()),
				node.get("category").asString(null), node.get("description").asString(""), citations,
				value.isNull() ? null : value.asDouble(), node.get("unit").asString(null), node.get("period").asString(null),
				Provenance.version(node), Provenance.from(node));
	}

}

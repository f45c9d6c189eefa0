package com.fintechkg.kg.relation;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.fintechkg.kg.graph.GraphReads;
import com.fintechkg.kg.graphql.InvalidArgumentException;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * The relationship types a client may name in arguments: those of the vocabulary loaded with the seed (held in
 * memory; reloaded when a name is not known yet). Anything else is a {@code BAD_REQUEST} listing the allowed types.
 */
@Component
public class RelationVocabulary {

	public static final int MAX_TYPES = 50;

	private final GraphReads client;

	private volatile Set<String> names = Set.of();

	RelationVocabulary(GraphReads client) {
		this.client = client;
	}

	/** Checks that {@code types} (argument {@code argument}) are all known relationship types. */
	public void check(String argument, @Nullable List<String> types) {
		if (types == null) {
			return;
		}
		if (types.size() > MAX_TYPES) {
			throw new InvalidArgumentException("Argument '" + argument + "' takes at most " + MAX_TYPES + " types");
		}
		if (this.names.containsAll(types)) {
			return;
		}
		Set<String> loaded = new TreeSet<>(this.client.query("MATCH (t:RelationType) RETURN t.name AS name")
			.fetchAs(String.class)
			.all());
		this.names = Set.copyOf(loaded);
		for (String type : types) {
			if (!loaded.contains(type)) {
				throw new InvalidArgumentException("Argument '" + argument + "' has unknown relationship type '"
						+ abbreviate(type) + "'; known types: " + String.join(", ", loaded));
			}
		}
	}

	private static String abbreviate(String text) {
		return (text.length() <= 40) ? text : text.substring(0, 40) + "...";
	}

}

package com.fintechkg.kg.relation;

import java.util.List;
import java.util.Set;

import com.fintechkg.kg.graphql.InvalidArgumentException;
import com.fintechkg.kg.vocabulary.Vocabulary;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * The relationship types a client may name in arguments: those of the {@link Vocabulary}. Anything else is a
 * {@code BAD_REQUEST} listing the allowed types.
 */
@Component
public class RelationVocabulary {

	public static final int MAX_TYPES = 50;

	private final Set<String> names;

	private final String known;

	RelationVocabulary(Vocabulary vocabulary) {
		this.names = vocabulary.typeNames();
		this.known = String.join(", ", this.names.stream().sorted().toList());
	}

	/** Checks that {@code types} (argument {@code argument}) are all known relationship types. */
	public void check(String argument, @Nullable List<String> types) {
		if (types == null) {
			return;
		}
		if (types.size() > MAX_TYPES) {
			throw new InvalidArgumentException("Argument '" + argument + "' takes at most " + MAX_TYPES + " types");
		}
		for (String type : types) {
			if (!this.names.contains(type)) {
				throw new InvalidArgumentException("Argument '" + argument + "' has unknown relationship type '"
						+ abbreviate(type) + "'; known types: " + this.known);
			}
		}
	}

	private static String abbreviate(String text) {
		return (text.length() <= 40) ? text : text.substring(0, 40) + "...";
	}

}

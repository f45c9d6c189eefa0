package com.fintechkg.kg.federation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fintechkg.kg.entity.Entity;
import com.fintechkg.kg.graph.GraphReads;
import com.fintechkg.kg.vocabulary.Kind;
import com.fintechkg.kg.vocabulary.Vocabulary;
import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Resolves the references a supergraph's router sends ({@code _entities}): the representations are grouped by kind,
 * each kind's ids read in one statement, and answered in the order asked, null for an id that is not an entity of
 * that kind (or a {@code __typename} that is not a kind of the vocabulary).
 */
@Component
@Transactional(readOnly = true)
public class EntityReferences {

	private final GraphReads reads;

	private final Vocabulary vocabulary;

	EntityReferences(GraphReads reads, Vocabulary vocabulary) {
		this.reads = reads;
		this.vocabulary = vocabulary;
	}

	/** The entities of {@code representations} ({@code __typename} and {@code id}), in their order. */
	public List<@Nullable Entity> fetch(DataFetchingEnvironment env) {
		List<Map<String, Object>> representations = env.getArgument("representations");
		Map<Kind, List<String>> idsByKind = new LinkedHashMap<>();
		for (Map<String, Object> representation : (representations != null) ? representations
				: List.<Map<String, Object>>of()) {
			kind(representation.get("__typename")).ifPresent((kind) -> idsByKind
				.computeIfAbsent(kind, (key) -> new ArrayList<>())
				.add(String.valueOf(representation.get("id"))));
		}
		Map<Kind, Map<String, Entity>> found = new HashMap<>();
		idsByKind.forEach((kind, ids) -> found.put(kind, find(ids, kind)));
		List<@Nullable Entity> entities = new ArrayList<>();
		for (Map<String, Object> representation : (representations != null) ? representations
				: List.<Map<String, Object>>of()) {
			entities.add(kind(representation.get("__typename"))
				.map((kind) -> found.get(kind).get(String.valueOf(representation.get("id"))))
				.orElse(null));
		}
		return entities;
	}

	private java.util.Optional<Kind> kind(@Nullable Object typename) {
		return (typename instanceof String name && Kind.isName(name)) ? this.vocabulary.kindNamed(name)
				: java.util.Optional.empty();
	}

	private Map<String, Entity> find(List<String> ids, Kind kind) {
		Map<String, Entity> found = new HashMap<>();
		// the kind's label is one of the vocabulary's kinds, never text from the request
		this.reads.query("MATCH (e:Entity) WHERE e.id IN $ids AND e:" + kind.name() + " RETURN e")
			.bind(List.copyOf(ids))
			.to("ids")
			.fetchAs(Entity.class)
			.mappedBy((types, row) -> Entity.from(row.get("e")))
			.all()
			.forEach((entity) -> found.put(entity.id(), entity));
		return found;
	}

}

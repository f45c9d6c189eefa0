package com.fintechkg.kg.relation;

import java.util.List;

import com.fintechkg.kg.entity.Entity;
import com.fintechkg.kg.paging.PageInfo;

/** What a typed relationship field answers: a list of entities, or a connection whose edges carry the relation. */
public final class TypedRelationPage {

	private TypedRelationPage() {
	}

	/** One related entity and the relation that links it. */
	record Item(Relation relation, Entity other, List<Object> keys) {
	}

	/** The rows of one entity's field, and how many match in all. */
	record Rows(List<Item> items, long total) {

		static final Rows EMPTY = new Rows(List.of(), 0);

	}

	public record Connection(List<Edge> edges, PageInfo pageInfo, long totalCount) {
	}

	/** One edge: the entity at the far end, the relation's properties, and which way it points from the owner. */
	public record Edge(String cursor, Entity node, RelationProperties properties, Direction direction) {
	}

}

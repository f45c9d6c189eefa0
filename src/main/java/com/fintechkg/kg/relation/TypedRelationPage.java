package com.fintechkg.kg.relation;

import java.util.List;

import com.fintechkg.kg.entity.Entity;
import com.fintechkg.kg.paging.Keyset;
import com.fintechkg.kg.paging.PageInfo;

/** What a typed relationship field answers: a list of entities, or a connection whose edges carry the relation. */
public final class TypedRelationPage {

	private TypedRelationPage() {
	}

	/** One related entity and the relation that links it, with the values of its sort keys (its cursor). */
	public record Item(Relation relation, Entity other, List<Object> keys) {
	}

	/** The rows of one entity's field, and how many match in all. */
	record Rows(List<Item> items, long total) {

		static final Rows EMPTY = new Rows(List.of(), 0);

	}

	/**
	 * A connection's page from {@code items}, read from entity {@code ownerId}: at most {@code first} edges (one
	 * more item says another page follows), {@code total} as its count.
	 */
	public static Connection connection(String ownerId, int first, boolean after, List<Item> items, long total) {
		List<Edge> edges = items.stream()
			.limit(first)
			.map((item) -> new Edge(Keyset.cursor(item.keys()), item.other(), RelationProperties.of(item.relation()),
					IncidentRelation.seenFrom(item.relation(), ownerId).direction()))
			.toList();
		PageInfo pageInfo = PageInfo.of(edges.stream().map(Edge::cursor).toList(), items.size() > first, after);
		return new Connection(edges, pageInfo, total);
	}

	public record Connection(List<Edge> edges, PageInfo pageInfo, long totalCount) {
	}

	/** One edge: the entity at the far end, the relation's properties, and which way it points from the owner. */
	public record Edge(String cursor, Entity node, RelationProperties properties, Direction direction) {
	}

}

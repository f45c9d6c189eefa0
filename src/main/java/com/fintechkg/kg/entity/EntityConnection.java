package com.fintechkg.kg.entity;

import java.util.List;
import java.util.function.LongSupplier;

import com.fintechkg.kg.paging.Keyset;
import com.fintechkg.kg.paging.PageInfo;

/**
 * A Relay page of entities (of one kind or any). {@code totalCount} is counted only when the client asks for it.
 */
public record EntityConnection(List<EntityEdge> edges, PageInfo pageInfo, LongSupplier counter) {

	/**
	 * A page from {@code entities} (at most {@code size}; one more says another page follows), each with the values
	 * of its sort keys from {@code keys}, which encode its cursor.
	 */
	public static EntityConnection of(List<Entity> entities, List<List<Object>> keys, int size, boolean after,
			LongSupplier counter) {
		List<EntityEdge> edges = new java.util.ArrayList<>();
		for (int i = 0; i < Math.min(size, entities.size()); i++) {
			edges.add(new EntityEdge(Keyset.cursor(keys.get(i)), entities.get(i)));
		}
		PageInfo pageInfo = PageInfo.of(edges.stream().map(EntityEdge::cursor).toList(), entities.size() > size, after);
		return new EntityConnection(List.copyOf(edges), pageInfo, counter);
	}

	public long totalCount() {
		return this.counter.getAsLong();
	}

	public record EntityEdge(String cursor, Entity node) {
	}

}

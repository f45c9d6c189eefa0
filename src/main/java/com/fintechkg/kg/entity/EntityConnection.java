package com.fintechkg.kg.entity;

import java.util.List;
import java.util.function.LongSupplier;

import com.fintechkg.kg.paging.PageInfo;

/**
 * A Relay page of entities (of one kind or any). {@code totalCount} is counted only when the client asks for it.
 */
public record EntityConnection(List<EntityEdge> edges, PageInfo pageInfo, LongSupplier counter) {

	public long totalCount() {
		return this.counter.getAsLong();
	}

	public record EntityEdge(String cursor, Entity node) {
	}

}

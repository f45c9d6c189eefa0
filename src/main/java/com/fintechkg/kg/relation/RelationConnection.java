package com.fintechkg.kg.relation;

import java.util.List;
import java.util.function.LongSupplier;

import com.fintechkg.kg.paging.PageInfo;

/** A Relay page of relations; {@code totalCount} is counted only when asked for. */
public record RelationConnection(List<RelationEdge> edges, PageInfo pageInfo, LongSupplier counter) {

	public long totalCount() {
		return this.counter.getAsLong();
	}

	public record RelationEdge(String cursor, Relation node) {
	}

}

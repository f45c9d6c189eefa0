package com.fintechkg.kg.entity;

import java.util.List;

import com.fintechkg.kg.graphql.PageInfo;

/**
 * A Relay page of entities. {@code totalCount} is resolved separately, only when asked for.
 */
public record EntityConnection(List<EntityEdge> edges, PageInfo pageInfo) {

	public record EntityEdge(String cursor, Entity node) {
	}

}

package com.fintechkg.kg.paging;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** Relay's page information. */
public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, @Nullable String startCursor,
		@Nullable String endCursor) {

	public static PageInfo of(List<String> cursors, boolean hasNextPage, boolean hasPreviousPage) {
		return new PageInfo(hasNextPage, hasPreviousPage, cursors.isEmpty() ? null : cursors.getFirst(),
				cursors.isEmpty() ? null : cursors.getLast());
	}

}

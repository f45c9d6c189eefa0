package com.fintechkg.kg.export;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What an export covers: the whole graph, or the neighbourhood of one entity — every entity at most
 * {@code depth} relationships away in either direction, with every relationship among them.
 *
 * @param around the centre's id; null for the whole graph
 * @param depth 1 to 3 for a neighbourhood, 0 for the whole graph
 * @param ids the neighbourhood's entity ids in id order; empty for the whole graph
 */
record ExportScope(@Nullable String around, int depth, List<String> ids) {

	static final int MAX_DEPTH = 3;

	static final ExportScope WHOLE_GRAPH = new ExportScope(null, 0, List.of());

	boolean isWholeGraph() {
		return this.around == null;
	}

	/** A file name for a download of this scope: {@code fintech-kg-graph.json}, {@code fintech-kg-icbc-depth-2.json}. */
	String fileName(String base, String extension) {
		String scope = isWholeGraph() ? "" : "-" + this.around + "-depth-" + this.depth;
		return "fintech-kg-" + base + scope + "." + extension;
	}

}

package com.fintechkg.kg.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import com.fintechkg.kg.vocabulary.Kind;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Reads the graph, or a neighbourhood of it, page by page (one short read transaction per page, in id order)
 * and hands it to the format writers. Nothing holds more than a page in memory, apart from a neighbourhood's id
 * list, which is bounded by {@code fintechkg.export.max-neighbourhood}.
 * <p>
 * A whole-graph export is not one snapshot: facts curated while it runs may or may not appear in it.
 */
@Component
class GraphExport {

	private final ExportQueries queries;

	private final ExportProperties properties;

	GraphExport(ExportQueries queries, ExportProperties properties) {
		this.queries = queries;
		this.properties = properties;
	}

	/**
	 * The scope named by the request parameters: the whole graph without {@code around}, else the neighbourhood
	 * of {@code around} at {@code depth} (1 when not given).
	 * @throws ExportRequestException 400 for a malformed or out-of-range parameter or a too large neighbourhood,
	 * 404 for an unknown entity
	 */
	ExportScope scope(@Nullable String around, @Nullable String depth) {
		if (around == null) {
			if (depth != null) {
				throw badRequest("depth", "Parameter 'depth' needs 'around=<entityId>': it bounds a neighbourhood export");
			}
			return ExportScope.WHOLE_GRAPH;
		}
		if (around.isBlank() || around.length() > 200) {
			throw badRequest("around", "Parameter 'around' must be an entity id, e.g. around=icbc");
		}
		int hops = depth(depth);
		if (!this.queries.exists(around)) {
			throw new ExportRequestException(HttpStatus.NOT_FOUND, "around", "No entity with id '" + around + "'");
		}
		return new ExportScope(around, hops, neighbourhood(around, hops));
	}

	private static int depth(@Nullable String depth) {
		if (depth == null) {
			return 1;
		}
		String message = "Parameter 'depth' must be a whole number from 1 to " + ExportScope.MAX_DEPTH + ", got '"
				+ abbreviate(depth) + "'";
		int hops;
		try {
			hops = Integer.parseInt(depth.strip());
		}
		catch (NumberFormatException ex) {
			throw badRequest("depth", message);
		}
		if (hops < 1 || hops > ExportScope.MAX_DEPTH) {
			throw badRequest("depth", message);
		}
		return hops;
	}

	private List<String> neighbourhood(String around, int depth) {
		int max = this.properties.maxNeighbourhood();
		Set<String> seen = new HashSet<>(Set.of(around));
		List<String> frontier = List.of(around);
		for (int level = 1; level <= depth && !frontier.isEmpty(); level++) {
			List<String> next = new ArrayList<>();
			for (String id : this.queries.neighbours(frontier, max + seen.size() + 1)) {
				if (seen.add(id)) {
					next.add(id);
				}
			}
			if (seen.size() > max) {
				throw new ExportRequestException(HttpStatus.BAD_REQUEST, "depth", "The neighbourhood of '" + around
						+ "' at depth " + depth + " holds more than " + max
						+ " entities (fintechkg.export.max-neighbourhood); use a smaller depth or export the whole graph");
			}
			frontier = next;
		}
		return seen.stream().sorted().toList();
	}

	void writeJson(ExportScope scope, OutputStream out) throws IOException {
		try (JsonGraphWriter writer = new JsonGraphWriter(out)) {
			forEachNode(scope, writer::node);
			writer.startRelationships();
			forEachRelation(scope, writer::relationship);
		}
	}

	void writeGraphMl(ExportScope scope, OutputStream out) throws IOException {
		try (GraphMlWriter writer = new GraphMlWriter(out)) {
			forEachNode(scope, writer::node);
			forEachRelation(scope, writer::edge);
		}
	}

	void writeNodesCsv(ExportScope scope, OutputStream out) throws IOException {
		try (CsvWriter csv = new CsvWriter(out)) {
			csv.row(ExportColumns.nodeHeader());
			forEachNode(scope, (node) -> csv.row(ExportColumns.nodeRow(node)));
		}
	}

	void writeRelationshipsCsv(ExportScope scope, OutputStream out) throws IOException {
		try (CsvWriter csv = new CsvWriter(out)) {
			csv.row(ExportColumns.relationshipHeader());
			forEachRelation(scope, (relation) -> csv.row(ExportColumns.relationshipRow(relation)));
		}
	}

	/** Every entity of the scope, in id order. */
	void forEachNode(ExportScope scope, Consumer<ExportNode> action) {
		int size = this.properties.pageSize();
		if (!scope.isWholeGraph()) {
			pages(scope.ids(), size).forEach((page) -> this.queries.nodes(page).forEach(action));
			return;
		}
		String after = "";
		List<ExportNode> page;
		do {
			page = this.queries.nodesAfter(after, size);
			page.forEach(action);
			after = page.isEmpty() ? after : page.getLast().id();
		}
		while (page.size() == size);
	}

	/** Every entity of {@code kind} in the whole graph, in id order. */
	void forEachNodeOfKind(Kind kind, Consumer<ExportNode> action) {
		int size = this.properties.pageSize();
		String after = "";
		List<ExportNode> page;
		do {
			page = this.queries.nodesOfKindAfter(kind, after, size);
			page.forEach(action);
			after = page.isEmpty() ? after : page.getLast().id();
		}
		while (page.size() == size);
	}

	/** Every relationship of the scope (for a neighbourhood: those with both ends in it), by start id, type, end id. */
	void forEachRelation(ExportScope scope, Consumer<ExportRelation> action) {
		int size = this.properties.pageSize();
		if (!scope.isWholeGraph()) {
			Set<String> members = Set.copyOf(scope.ids());
			pages(scope.ids(), size).forEach((page) -> this.queries.outgoing(page)
				.stream()
				.filter((relation) -> members.contains(relation.to()))
				.forEach(action));
			return;
		}
		String after = "";
		List<String> page;
		do {
			page = this.queries.idsAfter(after, size);
			if (!page.isEmpty()) {
				this.queries.outgoing(page).forEach(action);
				after = page.getLast();
			}
		}
		while (page.size() == size);
	}

	private static List<List<String>> pages(List<String> ids, int size) {
		List<List<String>> pages = new ArrayList<>();
		for (int start = 0; start < ids.size(); start += size) {
			pages.add(ids.subList(start, Math.min(ids.size(), start + size)));
		}
		return pages;
	}

	private static ExportRequestException badRequest(String parameter, String message) {
		return new ExportRequestException(HttpStatus.BAD_REQUEST, parameter, message);
	}

	private static String abbreviate(String text) {
		return (text.length() <= 20) ? text : text.substring(0, 20) + "...";
	}

}

package com.fintechkg.kg.export;

import java.io.IOException;
import java.io.OutputStream;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Downloads of the graph (see docs/exports.md): JSON, GraphML, neo4j-admin-style CSV, and the seed format as a
 * zip. Each graph format takes {@code ?around=<entityId>&depth=<1..3>} for a neighbourhood. The scope is checked
 * before the first byte is sent, so a bad request gets a problem-detail answer; the body is then streamed page by
 * page on the request's (virtual) thread.
 */
@RestController
@RequestMapping("/export")
class ExportController {

	static final MediaType GRAPHML = MediaType.parseMediaType("application/graphml+xml;charset=UTF-8");

	static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8;header=present");

	static final MediaType ZIP = MediaType.parseMediaType("application/zip");

	private final GraphExport export;

	private final SeedExport seed;

	ExportController(GraphExport export, SeedExport seed) {
		this.export = export;
		this.seed = seed;
	}

	@GetMapping("/graph.json")
	void json(@RequestParam(required = false) @Nullable String around,
			@RequestParam(required = false) @Nullable String depth, HttpServletResponse response)
			throws IOException {
		ExportScope scope = this.export.scope(around, depth);
		this.export.writeJson(scope, download(response, MediaType.APPLICATION_JSON, scope.fileName("graph", "json")));
	}

	@GetMapping("/graph.graphml")
	void graphMl(@RequestParam(required = false) @Nullable String around,
			@RequestParam(required = false) @Nullable String depth,
			HttpServletResponse response) throws IOException {
		ExportScope scope = this.export.scope(around, depth);
		this.export.writeGraphMl(scope, download(response, GRAPHML, scope.fileName("graph", "graphml")));
	}

	@GetMapping("/nodes.csv")
	void nodesCsv(@RequestParam(required = false) @Nullable String around,
			@RequestParam(required = false) @Nullable String depth,
			HttpServletResponse response) throws IOException {
		ExportScope scope = this.export.scope(around, depth);
		this.export.writeNodesCsv(scope, download(response, CSV, scope.fileName("nodes", "csv")));
	}

	@GetMapping("/relationships.csv")
	void relationshipsCsv(@RequestParam(required = false) @Nullable String around,
			@RequestParam(required = false) @Nullable String depth,
			HttpServletResponse response) throws IOException {
		ExportScope scope = this.export.scope(around, depth);
		this.export.writeRelationshipsCsv(scope, download(response, CSV, scope.fileName("relationships", "csv")));
	}

	@GetMapping("/seed.zip")
	void seedZip(HttpServletResponse response) throws IOException {
		this.seed.writeZip(download(response, ZIP, "fintech-kg-graph-seed.zip"));
	}

	private static OutputStream download(HttpServletResponse response, MediaType type, String fileName)
			throws IOException {
		response.setContentType(type.toString());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString());
		return response.getOutputStream();
	}

}

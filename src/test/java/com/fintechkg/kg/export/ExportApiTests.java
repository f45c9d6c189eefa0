package com.fintechkg.kg.export;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fintechkg.kg.embedded.EmbeddedNeo4j;
import com.fintechkg.kg.embedded.EmbeddedNeo4jProperties;
import com.fintechkg.kg.seed.SeedModel.Seed;
import com.fintechkg.kg.seed.SeedValidator;
import com.fintechkg.kg.stored.Citation;
import com.fintechkg.kg.support.GraphQlHttp;
import com.fintechkg.kg.support.KnowledgeGraphTest;
import com.fintechkg.kg.support.TestClients;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.neo4j.cli.ExecutionContext;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.importer.ImportCommand;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import picocli.CommandLine;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.FileSystemResource;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The export endpoints over real HTTP against the application's database: every format reads back, with a real
 * parser, as exactly the graph the database holds (compared as whole canonical sets), neighbourhoods hold what a
 * Cypher path query says they should, and bad requests get problem details.
 */
@KnowledgeGraphTest
class ExportApiTests {

	private static final JsonMapper json = JsonMapper.builder().build();

	private static final Pattern DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T.*");

	private static final String GRAPHML = "http://graphml.graphdrawing.org/xmlns";

	private final HttpClient http = TestClients.http();

	@Autowired
	GraphQlHttp graphQl;

	@Autowired
	Driver driver;

	@TempDir
	Path directory;

	@Test
	void shouldExportTheWholeGraphAsJsonThatReadsBackAsTheDatabase() {
		HttpResponse<byte[]> response = get("/export/graph.json");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				(type) -> assertThat(type).startsWith("application/json"));
		assertThat(response.headers().firstValue("Content-Disposition"))
			.hasValue("attachment; filename=\"fintech-kg-graph.json\"");
		GraphSnapshot database = GraphSnapshot.of(this.driver);
		assertThat(database.nodes()).hasSizeGreaterThanOrEqualTo(583);
		assertThat(database.relationships()).hasSizeGreaterThanOrEqualTo(725);
		assertThat((List<?>) database.relationships().get("large-model:APPLIED_TO:risk-control").get("citationQuotes"))
			.as("a fact the text states twice").hasSize(2);
		assertThat(fromJson(response.body())).isEqualTo(database.without(List.of("aliasText", "nameKeys")));
	}

	@Test
	void shouldExportNeo4jAdminCsvThatReadsBackAsTheDatabase() {
		HttpResponse<byte[]> nodes = get("/export/nodes.csv");
		HttpResponse<byte[]> relationships = get("/export/relationships.csv");

		assertThat(nodes.headers().firstValue("Content-Type")).hasValueSatisfying(
				(type) -> assertThat(type).startsWith("text/csv"));
		assertThat(nodes.headers().firstValue("Content-Disposition"))
			.hasValue("attachment; filename=\"fintech-kg-nodes.csv\"");
		List<List<String>> nodeRows = ExportFiles.csv(nodes.body());
		List<List<String>> relationshipRows = ExportFiles.csv(relationships.body());
		assertThat(nodeRows.getFirst()).startsWith("id:ID", ":LABEL", "kind", "name", "nameZh", "aliases:string[]");
		assertThat(relationshipRows.getFirst()).startsWith(":START_ID", ":END_ID", ":TYPE", "id");
		GraphSnapshot database = GraphSnapshot.of(this.driver);
		assertThat(records(nodeRows)).isEqualTo(csvNodes(database));
		assertThat(records(relationshipRows)).isEqualTo(csvRelationships(database));
		assertThat(records(relationshipRows).get("large-model:APPLIED_TO:risk-control").get("citationSections:string[]"))
			.isEqualTo("3.2.1;4.2.2");
	}

	@Test
	void shouldImportTheCsvWithNeo4jAdminIntoTheSameGraph() throws IOException {
		Path home = this.directory.resolve("imported");
		Path nodes = Files.write(this.directory.resolve("nodes.csv"), get("/export/nodes.csv").body());
		Path relationships = Files.write(this.directory.resolve("relationships.csv"), get("/export/relationships.csv").body());
		GraphSnapshot database = GraphSnapshot.of(this.driver);

		ByteArrayOutputStream log = new ByteArrayOutputStream();
		PrintStream out = new PrintStream(log, true, StandardCharsets.UTF_8);
		int exit = new CommandLine(new ImportCommand.Full(new ExecutionContext(home, home.resolve("conf"), out, out,
				new DefaultFileSystemAbstraction())))
			.execute("--nodes=" + nodes, "--relationships=" + relationships, "--multiline-fields=true",
					"--report-file=" + this.directory.resolve("import.report"), "neo4j");
		assertThat(exit).as(log.toString(StandardCharsets.UTF_8)).isZero();

		EmbeddedNeo4j imported = EmbeddedNeo4j.start(new EmbeddedNeo4jProperties(true, 0, "127.0.0.1", home,
				Duration.ofMinutes(1), DataSize.ofMegabytes(16)), null);
		try (imported; Driver importedDriver = TestClients.bolt(imported.boltUri())) {
			// neo4j-admin leaves an empty list out, and aliasText (a search-index helper) is not exported
			assertThat(withoutEmptyLists(GraphSnapshot.of(importedDriver)))
				.isEqualTo(withoutEmptyLists(database.without(List.of("aliasText", "nameKeys"))));
		}
	}

	private static GraphSnapshot withoutEmptyLists(GraphSnapshot graph) {
		Map<String, Map<String, Object>> nodes = new TreeMap<>();
		graph.nodes().forEach((id, properties) -> {
			Map<String, Object> copy = new TreeMap<>(properties);
			copy.values().removeIf((value) -> value instanceof List<?> list && list.isEmpty());
			nodes.put(id, copy);
		});
		return new GraphSnapshot(nodes, graph.relationships());
	}

	@Test
	void shouldExportGraphMlThatAnXmlParserReadsBackAsTheDatabase() {
		HttpResponse<byte[]> response = get("/export/graph.graphml");

		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				(type) -> assertThat(type).startsWith("application/graphml+xml"));
		Document graphMl = ExportFiles.xml(response.body());
		GraphMl parsed = GraphMl.read(graphMl);
		GraphSnapshot database = GraphSnapshot.of(this.driver);
		assertThat(parsed.nodes()).isEqualTo(graphMlNodes(database));
		assertThat(parsed.edges()).isEqualTo(graphMlEdges(database));
	}

	@ParameterizedTest
	@ValueSource(ints = { 1, 2 })
	void shouldExportTheNeighbourhoodOfAnEntityInEveryFormat(int depth) {
		Set<String> expectedIds = neighbourhood("icbc", depth);
		GraphSnapshot database = GraphSnapshot.of(this.driver);
		Set<String> expectedRelationships = database.relationships().keySet().stream()
			.filter((key) -> expectedIds.contains(key.split(":")[0]) && expectedIds.contains(key.split(":")[2]))
			.collect(Collectors.toCollection(TreeSet::new));
		String query = "?around=icbc&depth=" + depth;

		HttpResponse<byte[]> response = get("/export/graph.json" + query);
		GraphSnapshot exported = fromJson(response.body());
		GraphMl graphMl = GraphMl.read(ExportFiles.xml(get("/export/graph.graphml" + query).body()));
		List<List<String>> nodeRows = ExportFiles.csv(get("/export/nodes.csv" + query).body());
		List<List<String>> relationshipRows = ExportFiles.csv(get("/export/relationships.csv" + query).body());

		assertThat(response.headers().firstValue("Content-Disposition"))
			.hasValue("attachment; filename=\"fintech-kg-graph-icbc-depth-" + depth + ".json\"");
		assertThat(expectedIds).hasSizeGreaterThan(depth * 5);
		assertThat(exported.nodes().keySet()).isEqualTo(expectedIds);
		assertThat(exported.relationships().keySet()).isEqualTo(expectedRelationships);
		assertThat(exported.nodes()).isEqualTo(restrict(database.without(List.of("aliasText", "nameKeys")).nodes(), expectedIds));
		assertThat(graphMl.nodes().keySet()).isEqualTo(expectedIds);
		assertThat(graphMl.edges().keySet()).isEqualTo(expectedRelationships);
		assertThat(records(nodeRows).keySet()).isEqualTo(expectedIds);
		assertThat(records(relationshipRows).keySet()).isEqualTo(expectedRelationships);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/export/graph.json", "/export/graph.graphml", "/export/nodes.csv", "/export/relationships.csv" })
	void shouldAnswerAnUnknownEntityWith404ProblemDetail(String path) {
		HttpResponse<byte[]> response = get(path + "?around=no-such-entity&depth=2");

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(response.headers().firstValue("Content-Disposition")).isEmpty();
		Map<String, Object> problem = json.readValue(response.body(), Map.class);
		assertThat(problem).containsEntry("status", 404).containsEntry("parameter", "around");
		assertThat((String) problem.get("detail")).contains("no-such-entity");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "around=icbc&depth=0|depth", "around=icbc&depth=4|depth",
			"around=icbc&depth=two|depth", "around=icbc&depth=|depth", "around=icbc&depth=1.5|depth",
			"around=icbc&depth=99999999999|depth", "depth=2|depth", "around=|around", "around=%20|around" })
	void shouldAnswerAMalformedScopeWith400ProblemDetail(String query, String parameter) {
		HttpResponse<byte[]> response = get("/export/graph.json?" + query);

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		Map<String, Object> problem = json.readValue(response.body(), Map.class);
		assertThat(problem).containsEntry("status", 400).containsEntry("parameter", parameter);
		assertThat((String) problem.get("detail")).contains("'" + parameter + "'");
	}

	@Test
	void shouldExportTheSeedFormatAsAZipThatValidatesAndHoldsTheDatabase() throws IOException {
		HttpResponse<byte[]> response = get("/export/seed.zip");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/zip");
		assertThat(response.headers().firstValue("Content-Disposition"))
			.hasValue("attachment; filename=\"fintech-kg-graph-seed.zip\"");
		Path seedDirectory = ExportFiles.unzip(new ByteArrayInputStream(response.body()), this.directory)
			.resolve("graph-seed");
		Seed seed = SeedValidator.load(new FileSystemResource(seedDirectory.toAbsolutePath() + "/"));
		GraphSnapshot database = GraphSnapshot.of(this.driver)
			.without(List.of("aliasText", "nameKeys", "labels", "origin", "version", "createdAt", "updatedAt", "updatedBy"));
		assertThat(fromSeed(seed)).isEqualTo(database);
		assertThat(SeedExportRoundTripTests.files(seedDirectory)).contains(Path.of("sources",
				"china-fintech-ecosystem-whitepaper-2023.zh.txt"), Path.of("schema", "entities.schema.json"));
	}

	// --- reading exports back ---------------------------------------------------------------------

	/** The JSON export in the database's storage form: citations as the parallel lists the loader writes. */
	@SuppressWarnings("unchecked")
	static GraphSnapshot fromJson(byte[] body) {
		Map<String, Object> graph = json.readValue(body, Map.class);
		Map<String, Map<String, Object>> nodes = new TreeMap<>();
		for (Map<String, Object> node : (List<Map<String, Object>>) graph.get("nodes")) {
			Map<String, Object> properties = new LinkedHashMap<>(node);
			List<Map<String, String>> citations = (List<Map<String, String>>) properties.remove("citations");
			properties.put("citationSources", citations.stream().map((citation) -> citation.get("source")).toList());
			properties.put("citationSections", citations.stream().map((citation) -> citation.get("section")).toList());
			properties.put("citationQuotes", citations.stream().map((citation) -> citation.get("quote")).toList());
			nodes.put((String) node.get("id"), withInstants(properties));
		}
		Map<String, Map<String, Object>> relationships = new TreeMap<>();
		for (Map<String, Object> relationship : (List<Map<String, Object>>) graph.get("relationships")) {
			Map<String, Object> properties = new LinkedHashMap<>(relationship);
			String key = properties.remove("from") + ":" + properties.remove("type") + ":" + properties.remove("to");
			Map<String, Object> citation = (Map<String, Object>) properties.remove("citation");
			List<Map<String, String>> citations = (List<Map<String, String>>) properties.remove("citations");
			assertThat(citation).as("`citation` is the first of `citations`").isEqualTo(citations.getFirst());
			properties.put("citationSources", citations.stream().map((each) -> each.get("source")).toList());
			properties.put("citationSections", citations.stream().map((each) -> each.get("section")).toList());
			properties.put("citationQuotes", citations.stream().map((each) -> each.get("quote")).toList());
			relationships.put(key, withInstants(properties));
		}
		return new GraphSnapshot(nodes, relationships);
	}

	private static Map<String, Object> withInstants(Map<String, Object> properties) {
		Map<String, Object> canonical = GraphSnapshot.canonical(properties);
		canonical.replaceAll((key, value) -> (value instanceof String text && DATE_TIME.matcher(text).matches())
				? ZonedDateTime.parse(text).toInstant() : value);
		return canonical;
	}

	/** A seed read back, in the database's storage form without the loader's bookkeeping. */
	static GraphSnapshot fromSeed(Seed seed) {
		Map<String, Map<String, Object>> nodes = new TreeMap<>();
		seed.entities().forEach((entity) -> {
			Map<String, Object> properties = new HashMap<>();
			properties.put("id", entity.id());
			properties.put("kind", entity.kind().name());
			properties.put("name", entity.name());
			properties.put("nameZh", entity.nameZh());
			properties.put("aliases", entity.aliases());
			properties.put("category", entity.category());
			properties.put("description", entity.description());
			properties.put("value", entity.value());
			properties.put("unit", entity.unit());
			properties.put("period", entity.period());
			properties.put("citationSources", entity.citations().stream().map(Citation::source).toList());
			properties.put("citationSections", entity.citations().stream().map(Citation::section).toList());
			properties.put("citationQuotes", entity.citations().stream().map(Citation::quote).toList());
			nodes.put(entity.id(), GraphSnapshot.canonical(properties));
		});
		Map<String, Map<String, Object>> relationships = new TreeMap<>();
		seed.relations().forEach((relation) -> {
			Map<String, Object> properties = new HashMap<>();
			properties.put("id", relation.id());
			properties.put("date", relation.date());
			properties.put("value", relation.value());
			properties.put("unit", relation.unit());
			properties.put("role", relation.role());
			properties.put("citationSources", relation.citations().stream().map(Citation::source).toList());
			properties.put("citationSections", relation.citations().stream().map(Citation::section).toList());
			properties.put("citationQuotes", relation.citations().stream().map(Citation::quote).toList());
			relationships.put(relation.id(), GraphSnapshot.canonical(properties));
		});
		return new GraphSnapshot(nodes, relationships);
	}

	/** CSV records keyed by their first column(s): id for nodes, start:TYPE:end for relationships. */
	static Map<String, Map<String, String>> records(List<List<String>> rows) {
		List<String> header = rows.getFirst();
		Map<String, Map<String, String>> records = new TreeMap<>();
		for (List<String> row : rows.subList(1, rows.size())) {
			assertThat(row).hasSameSizeAs(header);
			Map<String, String> record = new TreeMap<>();
			for (int i = 0; i < header.size(); i++) {
				if (!row.get(i).isEmpty()) {
					record.put(header.get(i), normalized(row.get(i)));
				}
			}
			String key = header.getFirst().equals("id:ID") ? row.get(0) : row.get(0) + ":" + row.get(2) + ":" + row.get(1);
			assertThat(records.put(key, record)).as("one record per " + key).isNull();
		}
		return records;
	}

	/** What nodes.csv should hold for the database: neo4j-admin headers, lists joined with ';'. */
	static Map<String, Map<String, String>> csvNodes(GraphSnapshot database) {
		Map<String, Map<String, String>> expected = new TreeMap<>();
		database.nodes().forEach((id, properties) -> {
			Map<String, String> record = new TreeMap<>();
			record.put("id:ID", id);
			record.put(":LABEL", String.join(";", GraphSnapshot.list(properties.get("labels"))));
			properties.forEach((key, value) -> {
				String header = switch (key) {
					case "id", "labels", "aliasText", "nameKeys" -> null;
					case "aliases", "citationSources", "citationSections", "citationQuotes" -> key + ":string[]";
					case "value" -> "value:double";
					case "version" -> "version:long";
					case "createdAt", "updatedAt" -> key + ":datetime";
					default -> key;
				};
				String text = (value instanceof List<?> list) ? String.join(";", GraphSnapshot.list(list)) : text(value);
				if (header != null && !text.isEmpty()) {
					record.put(header, text);
				}
			});
			expected.put(id, record);
		});
		return expected;
	}

	static Map<String, Map<String, String>> csvRelationships(GraphSnapshot database) {
		Map<String, Map<String, String>> expected = new TreeMap<>();
		database.relationships().forEach((key, properties) -> {
			String[] parts = key.split(":");
			Map<String, String> record = new TreeMap<>();
			record.put(":START_ID", parts[0]);
			record.put(":TYPE", parts[1]);
			record.put(":END_ID", parts[2]);
			properties.forEach((name, value) -> {
				String header = switch (name) {
					case "value" -> "value:double";
					case "version" -> "version:long";
					case "createdAt", "updatedAt" -> name + ":datetime";
					case "citationSources", "citationSections", "citationQuotes" -> name + ":string[]";
					default -> name;
				};
				record.put(header, (value instanceof List<?> list) ? String.join(";", GraphSnapshot.list(list)) : text(value));
			});
			expected.put(key, record);
		});
		return expected;
	}

	private static String text(Object value) {
		return String.valueOf(value);
	}

	/** Date-times in one form (an instant), whatever offset notation the export used. */
	static String normalized(String text) {
		return DATE_TIME.matcher(text).matches() ? ZonedDateTime.parse(text).toInstant().toString() : text;
	}

	/** A GraphML document read with the DOM, its structure checked against the GraphML rules on the way. */
	record GraphMl(Map<String, Map<String, String>> nodes, Map<String, Map<String, String>> edges) {

		static final Set<String> TYPES = Set.of("boolean", "int", "long", "float", "double", "string");

		static GraphMl read(Document document) {
			Element root = document.getDocumentElement();
			assertThat(root.getNamespaceURI()).isEqualTo(GRAPHML);
			assertThat(root.getLocalName()).isEqualTo("graphml");
			Map<String, Element> keys = new HashMap<>();
			List<Element> graphs = new ArrayList<>();
			for (Element child : children(root)) {
				assertThat(child.getNamespaceURI()).isEqualTo(GRAPHML);
				if (child.getLocalName().equals("key")) {
					assertThat(graphs).as("every <key> comes before the <graph>").isEmpty();
					assertThat(child.getAttribute("for")).isIn("node", "edge");
					assertThat(child.getAttribute("attr.type")).isIn(TYPES);
					assertThat(child.getAttribute("attr.name")).isNotBlank();
					assertThat(keys.put(child.getAttribute("id"), child)).as("unique key id").isNull();
				}
				else {
					assertThat(child.getLocalName()).isEqualTo("graph");
					graphs.add(child);
				}
			}
			assertThat(graphs).singleElement()
				.satisfies((graph) -> assertThat(graph.getAttribute("edgedefault")).isEqualTo("directed"));
			Map<String, Map<String, String>> nodes = new TreeMap<>();
			Map<String, Map<String, String>> edges = new TreeMap<>();
			for (Element element : children(graphs.getFirst())) {
				Map<String, String> data = data(element, keys);
				if (element.getLocalName().equals("node")) {
					assertThat(nodes.put(element.getAttribute("id"), data)).as("unique node id").isNull();
				}
				else {
					assertThat(element.getLocalName()).isEqualTo("edge");
					assertThat(nodes).as("edge ends are nodes").containsKeys(element.getAttribute("source"),
							element.getAttribute("target"));
					edges.put(element.getAttribute("source") + ":" + data.get("type") + ":" + element.getAttribute("target"),
							data);
				}
			}
			return new GraphMl(nodes, edges);
		}

		private static Map<String, String> data(Element owner, Map<String, Element> keys) {
			Map<String, String> data = new TreeMap<>();
			for (Element element : children(owner)) {
				assertThat(element.getLocalName()).isEqualTo("data");
				Element key = keys.get(element.getAttribute("key"));
				assertThat(key).as("declared key " + element.getAttribute("key")).isNotNull();
				assertThat(key.getAttribute("for")).isEqualTo(owner.getLocalName());
				String text = element.getTextContent();
				switch (key.getAttribute("attr.type")) {
					case "double" -> Double.parseDouble(text);
					case "long" -> Long.parseLong(text);
					default -> {
					}
				}
				data.put(key.getAttribute("attr.name"), normalized(text));
			}
			return data;
		}

		private static List<Element> children(Element parent) {
			List<Element> children = new ArrayList<>();
			NodeList nodes = parent.getChildNodes();
			for (int i = 0; i < nodes.getLength(); i++) {
				if (nodes.item(i).getNodeType() == Node.ELEMENT_NODE) {
					children.add((Element) nodes.item(i));
				}
			}
			return children;
		}

	}

	/** What graph.graphml should hold for each node: its properties as text (lists joined with ';') and a label. */
	static Map<String, Map<String, String>> graphMlNodes(GraphSnapshot database) {
		Map<String, Map<String, String>> expected = new TreeMap<>();
		csvNodes(database).forEach((id, record) -> {
			Map<String, String> data = new TreeMap<>();
			record.forEach((header, value) -> {
				String name = header.equals(":LABEL") ? "labels" : header.replaceAll(":.*", "");
				if (!name.equals("id")) {
					data.put(name, value);
				}
			});
			data.put("label", record.get("nameZh"));
			expected.put(id, data);
		});
		return expected;
	}

	static Map<String, Map<String, String>> graphMlEdges(GraphSnapshot database) {
		Map<String, Map<String, String>> expected = new TreeMap<>();
		csvRelationships(database).forEach((key, record) -> {
			Map<String, String> data = new TreeMap<>();
			record.forEach((header, value) -> {
				if (!header.equals(":START_ID") && !header.equals(":END_ID") && !header.equals("id")) {
					data.put(header.equals(":TYPE") ? "type" : header.replaceAll(":.*", ""), value);
				}
			});
			data.put("label", record.get(":TYPE"));
			expected.put(key, data);
		});
		return expected;
	}

	// --- helpers -----------------------------------------------------------------------------------

	private Set<String> neighbourhood(String id, int depth) {
		try (var session = this.driver.session()) {
			return session.executeRead((tx) -> new TreeSet<>(tx.run(
					"MATCH (:Entity {id: $id})-[*0.." + depth + "]-(n:Entity) RETURN DISTINCT n.id AS id", Map.of("id", id))
				.list((row) -> row.get("id").asString())));
		}
	}

	private static Map<String, Map<String, Object>> restrict(Map<String, Map<String, Object>> nodes, Set<String> ids) {
		Map<String, Map<String, Object>> restricted = new TreeMap<>(nodes);
		restricted.keySet().retainAll(ids);
		return restricted;
	}

	private HttpResponse<byte[]> get(String path) {
		try {
			return this.http.send(TestClients.request(this.graphQl.uri(path)).GET().build(),
					HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}

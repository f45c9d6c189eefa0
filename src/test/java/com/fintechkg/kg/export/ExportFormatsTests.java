package com.fintechkg.kg.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fintechkg.kg.stored.Citation;
import com.fintechkg.kg.vocabulary.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The format writers with hostile text — separators, quotes, line breaks, markup, CJK, emoji, characters YAML
 * and XML cannot hold as they are — each read back with a real parser of its format.
 */
class ExportFormatsTests {

	static final List<String> HOSTILE = List.of("comma, inside", "quote \" inside \"\"", "line\nbreak", "crlf\r\nbreak",
			"lone\rcarriage return", "<tag a=\"1\">&amp; ]]> &#13;</tag>", "中文，全角标点；“引号”「括号」", "emoji 🚀👩‍💻 𝄞",
			"tab\there", " leading and trailing ", "back\\slash", "- not a list", "key: value # not a comment", "null",
			"'single'", "\u0085next line\u2028line separator\u2029paragraph", "\uFEFFbyte order mark", "=SUM(A1:A2)");

	static final List<String> VALUES = HOSTILE.stream().filter((text) -> !text.equals("null")).toList();

	private static final JsonMapper json = JsonMapper.builder().build();

	@ParameterizedTest
	@FieldSource("HOSTILE")
	void shouldQuoteYamlTextThatReadsBackUnchanged(String text) {
		assertThat(readYaml("value: " + SeedYaml.quoted(text))).isEqualTo(text);
		assertThat(readYaml("value: " + SeedYaml.scalar(text))).isEqualTo(text);
	}

	@ParameterizedTest
	@ValueSource(strings = { "null", "Null", "~", "true", "yes", "off", "123", "-1.5", "2023-11", "0x1F", ".inf", "a: b",
			"a #b", "#a", "[a]", "{a}", "*a", "&a", "!a", "|a", ">a", "%a", "@a", "`a", "a:", "\u0001control" })
	void shouldQuoteTextThatYamlWouldReadAsSomethingElse(String text) {
		assertThat(readYaml("value: " + SeedYaml.scalar(text))).isEqualTo(text);
		assertThat(SeedYaml.scalar(text)).startsWith("\"");
	}

	@Test
	void shouldKeepSafeTextPlainAsTheBundledSeedWritesIt() {
		assertThat(SeedYaml.scalar("中国金融科技生态白皮书（2023年）")).isEqualTo("中国金融科技生态白皮书（2023年）");
		assertThat(SeedYaml.scalar("Publisher (Org, Inc)")).isEqualTo("Publisher (Org, Inc)");
		assertThat(SeedYaml.token("5g-advanced", java.util.regex.Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*")))
			.isEqualTo("5g-advanced");
		assertThat(SeedYaml.number(31)).isEqualTo("31");
		assertThat(SeedYaml.number(6.7)).isEqualTo("6.7");
		assertThat(SeedYaml.number(-20)).isEqualTo("-20");
	}

	@Test
	@SuppressWarnings("unchecked")
	void shouldWriteEntitiesAndRelationsInTheSeedFormatThatReadBackUnchanged() {
		for (String text : VALUES) {
			ExportNode node = node("curated-1", text);
			Map<String, Object> file = new Yaml().load(SeedYaml.entitiesHeader(Kind.of("Indicator")) + SeedYaml.entity(node, "doc"));
			Map<String, Object> entity = ((List<Map<String, Object>>) file.get("entities")).getFirst();

			assertThat(file).containsEntry("kind", "Indicator");
			assertThat(entity).containsEntry("id", "curated-1").containsEntry("name", text).containsEntry("nameZh", text)
				.containsEntry("aliases", List.of(text, "第二个")).containsEntry("description", text)
				.containsEntry("value", 12.5).containsEntry("unit", text).containsEntry("period", "2023-H1");
			assertThat(entity.get("citations")).isEqualTo(List.of(Map.of("section", "3.2.1", "quote", text),
					Map.of("section", "1", "quote", text, "source", "other-doc")));

			Map<String, Object> relations = new Yaml()
				.load(SeedYaml.relationsHeader() + SeedYaml.relation(relation(text), "doc"));
			assertThat(((List<Map<String, Object>>) relations.get("relations")).getFirst())
				.isEqualTo(Map.of("from", "curated-1", "type", "MEASURES", "to", "icbc", "date", "2023-08", "section",
						"2.1", "value", 3, "unit", text, "quote", text));

			ExportRelation market = new ExportRelation("beijing:MARKET_FOR:icbc-model", "MARKET_FOR", "beijing",
					"icbc-model", new LinkedHashMap<>(Map.of("role", "early-mover")), List.of(new Citation("doc", "2.1", text),
							new Citation("other-doc", "3", "第二处"), new Citation("doc", "4.1", text)));
			Map<String, Object> several = new Yaml().load(SeedYaml.relationsHeader() + SeedYaml.relation(market, "doc"));
			assertThat(((List<Map<String, Object>>) several.get("relations")).getFirst())
				.isEqualTo(Map.of("from", "beijing", "type", "MARKET_FOR", "to", "icbc-model", "role", "early-mover",
						"citations", List.of(Map.of("section", "2.1", "quote", text),
								Map.of("section", "3", "source", "other-doc", "quote", "第二处"),
								Map.of("section", "4.1", "quote", text))));
		}
	}

	@Test
	void shouldWriteRfc4180CsvThatReadsBackUnchanged() throws IOException {
		ByteArrayOutputStream nodes = new ByteArrayOutputStream();
		ByteArrayOutputStream relationships = new ByteArrayOutputStream();
		try (CsvWriter csv = new CsvWriter(nodes)) {
			csv.row(ExportColumns.nodeHeader());
			VALUES.forEach((text) -> csv.row(ExportColumns.nodeRow(node("n-" + VALUES.indexOf(text), text))));
		}
		try (CsvWriter csv = new CsvWriter(relationships)) {
			csv.row(ExportColumns.relationshipHeader());
			VALUES.forEach((text) -> csv.row(ExportColumns.relationshipRow(relation(text))));
		}

		List<List<String>> nodeRows = ExportFiles.csv(nodes.toByteArray());
		List<List<String>> relationshipRows = ExportFiles.csv(relationships.toByteArray());
		assertThat(nodeRows).hasSize(VALUES.size() + 1);
		assertThat(relationshipRows).hasSize(VALUES.size() + 1);
		List<String> header = nodeRows.getFirst();
		for (int i = 0; i < VALUES.size(); i++) {
			String text = VALUES.get(i);
			Map<String, String> node = zip(header, nodeRows.get(i + 1));
			assertThat(node).containsEntry("id:ID", "n-" + i).containsEntry(":LABEL", "Entity;Indicator")
				.containsEntry("name", text).containsEntry("description", text).containsEntry("value:double", "12.5")
				.containsEntry("aliases:string[]", text + ";第二个").containsEntry("citationQuotes:string[]", text + ";" + text)
				.containsEntry("citationSources:string[]", "doc;other-doc").containsEntry("version:long", "3")
				.containsEntry("updatedAt:datetime", "2026-11-29T01:02:03.456Z");
			Map<String, String> relationship = zip(relationshipRows.getFirst(), relationshipRows.get(i + 1));
			assertThat(relationship).containsEntry(":START_ID", "curated-1").containsEntry(":END_ID", "icbc")
				.containsEntry(":TYPE", "MEASURES").containsEntry("quote", text).containsEntry("unit", text);
		}
		assertThat(nodes.toString(java.nio.charset.StandardCharsets.UTF_8)).contains("\r\n")
			.contains("\"comma, inside\"").contains("\"quote \"\" inside \"\"\"\"\"");
	}

	@Test
	void shouldWriteGraphMlThatAnXmlParserReadsBackUnchanged() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (GraphMlWriter graphMl = new GraphMlWriter(out)) {
			VALUES.forEach((text) -> graphMl.node(node("n-" + VALUES.indexOf(text), text)));
			graphMl.node(node("curated-1", "x"));
			graphMl.node(node("icbc", "\u0001control\u0000chars\uFFFE\uD800"));
			graphMl.edge(relation("a < b & \"c\" \r\n 🚀"));
		}

		ExportApiTests.GraphMl parsed = ExportApiTests.GraphMl.read(ExportFiles.xml(out.toByteArray()));
		for (int i = 0; i < VALUES.size(); i++) {
			String text = VALUES.get(i);
			assertThat(parsed.nodes().get("n-" + i)).containsEntry("label", text).containsEntry("name", text)
				.containsEntry("description", text).containsEntry("value", "12.5").containsEntry("kind", "Indicator")
				.containsEntry("citationQuotes", text + ";" + text);
		}
		assertThat(parsed.nodes().get("icbc")).containsEntry("name", "\uFFFDcontrol\uFFFDchars\uFFFD\uFFFD");
		assertThat(parsed.edges()).containsOnlyKeys("curated-1:MEASURES:icbc");
		assertThat(parsed.edges().get("curated-1:MEASURES:icbc")).containsEntry("quote", "a < b & \"c\" \r\n 🚀")
			.containsEntry("type", "MEASURES").containsEntry("date", "2023-08");
	}

	@Test
	@SuppressWarnings("unchecked")
	void shouldWriteJsonThatReadsBackUnchanged() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (JsonGraphWriter writer = new JsonGraphWriter(out)) {
			VALUES.forEach((text) -> writer.node(node("n-" + VALUES.indexOf(text), text)));
			writer.startRelationships();
			writer.relationship(relation("\u0001 \"json\" </script> 🚀"));
		}

		Map<String, Object> graph = json.readValue(out.toByteArray(), Map.class);
		List<Map<String, Object>> nodes = (List<Map<String, Object>>) graph.get("nodes");
		assertThat(nodes).hasSize(VALUES.size());
		for (int i = 0; i < VALUES.size(); i++) {
			String text = VALUES.get(i);
			assertThat(nodes.get(i)).containsEntry("id", "n-" + i).containsEntry("name", text)
				.containsEntry("aliases", List.of(text, "第二个")).containsEntry("value", 12.5).containsEntry("version", 3)
				.containsEntry("citations", List.of(Map.of("source", "doc", "section", "3.2.1", "quote", text),
						Map.of("source", "other-doc", "section", "1", "quote", text)));
		}
		assertThat((List<Map<String, Object>>) graph.get("relationships")).singleElement()
			.satisfies((relationship) -> assertThat(relationship).containsEntry("type", "MEASURES")
				.containsEntry("citation", Map.of("source", "doc", "section", "2.1", "quote", "\u0001 \"json\" </script> 🚀")));
	}

	private static ExportNode node(String id, String text) {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("name", text);
		properties.put("nameZh", text);
		properties.put("aliases", List.of(text, "第二个"));
		properties.put("category", "indicator");
		properties.put("description", text);
		properties.put("value", 12.5);
		properties.put("unit", text);
		properties.put("period", "2023-H1");
		properties.put("origin", "curated");
		properties.put("updatedAt", "2026-11-29T01:02:03.456Z");
		properties.put("version", 3L);
		return new ExportNode(id, "Indicator", List.of("Entity", "Indicator"), properties,
				List.of(new Citation("doc", "3.2.1", text), new Citation("other-doc", "1", text)));
	}

	private static ExportRelation relation(String text) {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("date", "2023-08");
		properties.put("value", 3.0);
		properties.put("unit", text);
		return new ExportRelation("curated-1:MEASURES:icbc", "MEASURES", "curated-1", "icbc", properties,
				List.of(new Citation("doc", "2.1", text)));
	}

	private static Object readYaml(String document) {
		Map<String, Object> map = new Yaml().load(document);
		return map.get("value");
	}

	private static Map<String, String> zip(List<String> header, List<String> row) {
		Map<String, String> record = new LinkedHashMap<>();
		for (int i = 0; i < header.size(); i++) {
			record.put(header.get(i), row.get(i));
		}
		return record;
	}

}

package com.fintechkg.kg.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fintechkg.kg.support.TestClients;
import com.fintechkg.kg.support.GraphQlHttp;
import com.fintechkg.kg.support.KnowledgeGraphTest;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Relationship;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The eleven queries of docs/cypher/ answer meaningfully on the seeded graph (read transactions), and the Neo4j Browser
 * guide the service serves shows exactly those queries.
 */
@KnowledgeGraphTest
class GuideQueriesTests {

	static final Path QUERIES = Path.of("docs/cypher");

	private static final Pattern RUNNABLE = Pattern.compile("<pre class=\"code runnable\" data-query=\"([^\"]+)\">(.*?)</pre>",
			Pattern.DOTALL);

	@Autowired
	Driver driver;

	@Autowired
	GraphQlHttp http;

	static List<GuideQuery> documentedQueries() throws IOException {
		try (Stream<Path> files = Files.list(QUERIES)) {
			List<GuideQuery> queries = files.filter((file) -> file.toString().endsWith(".cypher"))
				.sorted()
				.map(GuideQueriesTests::parse)
				.toList();
			assertThat(queries).as("queries in " + QUERIES).hasSize(11);
			return queries;
		}
	}

	static Stream<Arguments> queries() throws IOException {
		return documentedQueries().stream().map((query) -> Arguments.of(Named.of(query.file(), query)));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("queries")
	void shouldAnswerWithWhatTheQuerySaysItFinds(GuideQuery query) {
		assertThat(query.expected()).as("%s names what its answer contains", query.file()).isNotEmpty();
		try (var session = this.driver.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build())) {
			List<Record> rows = session.executeRead((tx) -> tx.run(query.cypher()).list());

			assertThat(rows).as(query.title()).isNotEmpty();
			List<String> answered = rows.stream().flatMap((row) -> row.values().stream()).flatMap(GuideQueriesTests::texts).toList();
			assertThat(answered).as(query.title()).containsAll(query.expected());
		}
	}

	@Test
	void shouldServeAGuideWithExactlyTheDocumentedQueries() throws IOException {
		GraphQlHttp.Answer guide = this.http.send(TestClients.request(this.http.uri("/browser/fintech-kg/guide.html")).build());
		assertThat(guide.status()).isEqualTo(200);
		assertThat(guide.contentType()).startsWith("text/html");

		Map<String, String> shown = new java.util.LinkedHashMap<>();
		Matcher runnable = RUNNABLE.matcher(guide.body());
		while (runnable.find()) {
			shown.put(runnable.group(1), HtmlUtils.htmlUnescape(runnable.group(2)));
		}
		List<GuideQuery> documented = documentedQueries();
		assertThat(shown.keySet()).containsExactlyElementsOf(documented.stream().map(GuideQuery::file).toList());
		documented.forEach((query) -> assertThat(shown.get(query.file())).isEqualTo(query.cypher()));
		assertThat(guide.body()).contains("<slide", ":style");
	}

	@Test
	void shouldServeTheGraphStyleOfEveryKindOfTheVocabulary() {
		com.fintechkg.kg.vocabulary.Vocabulary vocabulary = com.fintechkg.kg.seed.SeedReader
			.readVocabularyOf(new org.springframework.core.io.FileSystemResource("graph-seed/"));

		GraphQlHttp.Answer style = this.http
			.send(com.fintechkg.kg.support.TestClients.request(this.http.uri("/browser/fintech-kg/style.json")).build());

		assertThat(style.status()).isEqualTo(200);
		assertThat(style.contentType()).startsWith("application/json");
		for (com.fintechkg.kg.vocabulary.Vocabulary.KindDefinition kind : vocabulary.kinds()) {
			String rule = "$['node." + kind.kind().name() + "']";
			assertThat(style.<String>read(rule + ".color")).as(kind.kind().name()).isEqualTo(kind.style().color());
			assertThat(style.<String>read(rule + ".diameter")).isEqualTo(kind.style().diameter() + "px");
			assertThat(style.<String>read(rule + ".caption")).isEqualTo("{nameZh}");
		}
		assertThat(style.<Map<String, Object>>read("$")).hasSize(vocabulary.kinds().size() + 3);
	}

	@Test
	void shouldRefuseAQueryFileWithoutItsTitle() {
		org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
			.isThrownBy(() -> GuideQuery.parse("bad.cypher", "MATCH (n) RETURN n"))
			.withMessageContaining("bad.cypher");
	}

	private static GuideQuery parse(Path file) {
		try {
			return GuideQuery.parse(file.getFileName().toString(), Files.readString(file));
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	/** Every text an answer holds: strings, list items, names of nodes and types of relationships, along paths too. */
	private static Stream<String> texts(Object value) {
		return switch (value) {
			case Value driverValue -> texts(driverValue.asObject());
			case String text -> Stream.of(text);
			case List<?> list -> list.stream().flatMap(GuideQueriesTests::texts);
			case Node node -> names(node);
			case Relationship relationship -> Stream.of(relationship.type());
			case org.neo4j.driver.types.Path path -> Stream.concat(
					java.util.stream.StreamSupport.stream(path.nodes().spliterator(), false).flatMap(GuideQueriesTests::names),
					java.util.stream.StreamSupport.stream(path.relationships().spliterator(), false).map(Relationship::type));
			case null -> Stream.empty();
			default -> Stream.of(String.valueOf(value));
		};
	}

	private static Stream<String> names(Node node) {
		Collection<String> names = new ArrayList<>();
		for (String property : List.of("name", "nameZh")) {
			if (node.containsKey(property)) {
				names.add(node.get(property).asString());
			}
		}
		return names.stream();
	}

}

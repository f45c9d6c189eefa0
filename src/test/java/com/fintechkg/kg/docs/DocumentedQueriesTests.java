package com.fintechkg.kg.docs;

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

import com.fintechkg.kg.support.GraphQlHttp;
import com.fintechkg.kg.support.GraphQlHttp.Answer;
import com.fintechkg.kg.support.KnowledgeGraphTest;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every example in docs/queries.md runs against the bundled graph without errors, answers something, and answers
 * what its Cypher twin beside it (plain Cypher, run here on the same database) answers.
 */
@KnowledgeGraphTest
class DocumentedQueriesTests {

	static final Path QUERIES = Path.of("docs/queries.md");

	private static final Pattern EXAMPLE = Pattern.compile(
			"### ([^\\n]+)\\n(?:(?!### ).)*?```graphql\\n(.*?)```(?:(?!### ).)*?```cypher\\n(.*?)```\\n<!-- answer: (same|same-order|includes) (\\S+) -->",
			Pattern.DOTALL);

	@Autowired
	GraphQlHttp graphQl;

	@Autowired
	Neo4jClient neo4j;

	static Stream<org.junit.jupiter.params.provider.Arguments> examples() throws IOException {
		Matcher matcher = EXAMPLE.matcher(Files.readString(QUERIES));
		List<org.junit.jupiter.params.provider.Arguments> examples = new ArrayList<>();
		while (matcher.find()) {
			examples.add(org.junit.jupiter.params.provider.Arguments.of(matcher.group(1).strip(), matcher.group(2),
					matcher.group(3), matcher.group(4), matcher.group(5)));
		}
		assertThat(examples).as("examples with a Cypher twin in " + QUERIES)
			.hasSize(Pattern.compile("^### ", Pattern.MULTILINE).matcher(Files.readString(QUERIES)).results().toList().size())
			.hasSizeGreaterThanOrEqualTo(13);
		return examples.stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("examples")
	void shouldAnswerTheDocumentedExampleAsItsCypherTwinDoes(String title, String query, String cypher, String mode,
			String path) {
		Answer answer = this.graphQl.post(query);

		assertThat(answer.errors()).as(answer.body()).isEmpty();
		Map<String, Object> data = answer.read("$.data");
		data.forEach((field, value) -> assertThat(isFilled(value)).as("%s answers something for %s", title, field).isTrue());
		assertThat(JsonPath.<List<?>>read(answer.body(), "$..quote").size() + JsonPath.<List<?>>read(answer.body(), "$..id").size()
				+ JsonPath.<List<?>>read(answer.body(), "$..name").size() + JsonPath.<List<?>>read(answer.body(), "$..nameZh").size())
			.isPositive();

		List<Object> expected = this.neo4j.query(cypher).fetch().all().stream()
			.map((row) -> (Object) normal(row.values().iterator().next()))
			.toList();
		Object read = JsonPath.read(answer.body(), path);
		List<Object> actual = ((read instanceof List<?> list) ? list : List.of(read)).stream().map(DocumentedQueriesTests::normal).toList();
		assertThat(expected).as("the Cypher twin of %s answers something", title).isNotEmpty();
		switch (mode) {
			case "same" -> assertThat(actual).as("%s: %s", title, path).containsExactlyInAnyOrderElementsOf(expected);
			case "same-order" -> assertThat(actual).as("%s: %s", title, path).containsExactlyElementsOf(expected);
			default -> assertThat(actual).as("%s: %s", title, path).containsAll(expected);
		}
	}

	/** Numbers as doubles, whichever JSON or Cypher type carried them. */
	private static Object normal(Object value) {
		return (value instanceof Number number) ? (Object) number.doubleValue() : value;
	}

	private static boolean isFilled(Object value) {
		return switch (value) {
			case null -> false;
			case Collection<?> list -> !list.isEmpty();
			case Map<?, ?> map -> map.values().stream().anyMatch(DocumentedQueriesTests::isFilled);
			default -> true;
		};
	}

}

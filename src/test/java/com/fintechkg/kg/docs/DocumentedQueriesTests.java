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

import static org.assertj.core.api.Assertions.assertThat;

/** Every example in docs/queries.md runs against the bundled graph without errors and answers something. */
@KnowledgeGraphTest
class DocumentedQueriesTests {

	static final Path QUERIES = Path.of("docs/queries.md");

	private static final Pattern EXAMPLE = Pattern.compile("### (.+?)\\n.*?```graphql\\n(.*?)```", Pattern.DOTALL);

	@Autowired
	GraphQlHttp graphQl;

	static Stream<org.junit.jupiter.params.provider.Arguments> examples() throws IOException {
		Matcher matcher = EXAMPLE.matcher(Files.readString(QUERIES));
		List<org.junit.jupiter.params.provider.Arguments> examples = new ArrayList<>();
		while (matcher.find()) {
			examples.add(org.junit.jupiter.params.provider.Arguments.of(matcher.group(1).strip(), matcher.group(2)));
		}
		assertThat(examples).as("examples in " + QUERIES).hasSizeGreaterThanOrEqualTo(13);
		return examples.stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("examples")
	void shouldAnswerTheDocumentedExample(String title, String query) {
		Answer answer = this.graphQl.post(query);

		assertThat(answer.errors()).as(answer.body()).isEmpty();
		Map<String, Object> data = answer.read("$.data");
		data.forEach((field, value) -> assertThat(isFilled(value)).as("%s answers something for %s", title, field).isTrue());
		assertThat(JsonPath.<List<?>>read(answer.body(), "$..quote").size() + JsonPath.<List<?>>read(answer.body(), "$..id").size()
				+ JsonPath.<List<?>>read(answer.body(), "$..name").size() + JsonPath.<List<?>>read(answer.body(), "$..nameZh").size())
			.isPositive();
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

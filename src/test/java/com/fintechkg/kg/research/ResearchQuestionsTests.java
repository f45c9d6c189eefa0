package com.fintechkg.kg.research;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fintechkg.kg.support.KnowledgeGraphTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Questions a researcher would ask of the whitepaper, each as Cypher with the answer the text gives
 * ({@code research/questions.yaml}), run against the loaded graph in read-only sessions.
 */
@KnowledgeGraphTest
class ResearchQuestionsTests {

	@Autowired
	Driver driver;

	@SuppressWarnings("unchecked")
	static Stream<Arguments> questions() throws IOException {
		try (InputStream in = new ClassPathResource("research/questions.yaml").getInputStream()) {
			List<Map<String, Object>> questions = (List<Map<String, Object>>) new Yaml(
					new SafeConstructor(new LoaderOptions())).load(in);
			assertThat(questions).as("research questions").hasSizeGreaterThanOrEqualTo(20);
			return questions.stream().map((q) -> Arguments.of(q.get("question"), q.get("cypher"), q.get("expected")));
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("questions")
	void shouldAnswerAsTheWhitepaperDoes(String question, String cypher, List<String> expected) {
		try (var session = this.driver.session(SessionConfig.builder().withDefaultAccessMode(
				org.neo4j.driver.AccessMode.READ).build())) {
			List<String> ids = session.executeRead((tx) -> tx.run(cypher).list((row) -> row.get("id").asString()));

			assertThat(ids).as(question).containsExactlyInAnyOrderElementsOf(expected);
		}
	}

}

package com.fintechkg.kg.federation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.fintechkg.kg.support.GraphQlHttp;
import com.fintechkg.kg.support.GraphQlHttp.Answer;
import com.fintechkg.kg.support.KnowledgeGraphTest;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * FinTech KG as an Apollo Federation 2 subgraph: its SDL names every entity kind as an entity keyed by {@code id},
 * {@code _entities} resolves references kind by kind, and Apollo's own gateway composes it with a second subgraph
 * and answers queries that cross both (src/test/federation/compose.mjs; needs Node.js and {@code npm ci} there,
 * which .ci/run does).
 */
@KnowledgeGraphTest
@Timeout(value = 4, unit = TimeUnit.MINUTES)
class FederationTests {

	static final Path COMPOSITION = Path.of("src/test/federation");

	@Autowired
	GraphQlHttp graphQl;

	@Test
	void theSubgraphSdlDeclaresEveryKindAnEntityKeyedById() {
		Answer answer = this.graphQl.post("{ _service { sdl } }");
		assertThat(answer.errors()).as(answer.body()).isEmpty();
		String sdl = answer.read("$.data._service.sdl");
		assertThat(sdl).containsPattern("schema @link\\([^)]*\"https://specs.apollo.dev/federation/v2.5\"");
		for (String kind : List.of("Institution", "Technology", "Regulation", "Product", "Scenario", "Region", "Indicator")) {
			assertThat(sdl).containsPattern("type " + kind + " [^{]*@key\\(fields ?: ?\"id\"");
		}
	}

	@Test
	void referencesAreResolvedByKindInTheOrderAsked() {
		Answer answer = this.graphQl.post("""
				query($representations: [_Any!]!) {
				  _entities(representations: $representations) {
				    __typename
				    ... on Institution { id name }
				    ... on Product { id name }
				  }
				}""", Map.of("representations", List.of(Map.of("__typename", "Product", "id", "chatabc"),
				Map.of("__typename", "Institution", "id", "icbc"), Map.of("__typename", "Product", "id", "icbc"),
				Map.of("__typename", "Institution", "id", "no-such-entity"))));
		assertThat(answer.errors()).as(answer.body()).isEmpty();
		List<Map<String, Object>> entities = answer.read("$.data._entities");
		assertThat(entities).hasSize(4);
		assertThat(entities.get(0)).containsEntry("__typename", "Product").containsEntry("id", "chatabc");
		assertThat(entities.get(1)).containsEntry("__typename", "Institution").containsEntry("id", "icbc");
		assertThat(entities.get(2)).as("icbc is not a product").isNull();
		assertThat(entities.get(3)).isNull();
	}

	@Test
	void apollosGatewayComposesItWithAnotherSubgraphAndAnswersAcrossBoth() throws Exception {
		assumeTrue(Files.isDirectory(COMPOSITION.resolve("node_modules/@apollo/gateway")),
				"Apollo's gateway is not installed: run `npm ci` in src/test/federation (.ci/run does)");
		assumeTrue(nodeAvailable(), "Node.js is not installed");
		Process node = new ProcessBuilder("node", "compose.mjs", this.graphQl.uri("/graphql").toString())
			.directory(COMPOSITION.toFile())
			.start();
		CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(node.getInputStream()));
		CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(node.getErrorStream()));
		boolean ended = node.waitFor(2, TimeUnit.MINUTES);
		if (!ended) {
			node.destroyForcibly();
		}
		assertThat(ended).as("the composition ends within 2 minutes").isTrue();
		String output = out.get(10, TimeUnit.SECONDS);
		assertThat(node.exitValue()).as(output + err.get(10, TimeUnit.SECONDS)).isZero();

		String icbc = this.graphQl.post("{ institution(id: \"icbc\") { name } }").read("$.data.institution.name");
		assertThat(output).as("no errors").doesNotContain("\"errors\"");
		assertThat((List<String>) JsonPath.read(output, "$.reviewsWithInstitutions.data.reviews[*].institution.name"))
			.containsExactly(icbc, icbc);
		assertThat((String) JsonPath.read(output, "$.institutionWithReviews.data.institution.name")).isEqualTo(icbc);
		assertThat((List<Integer>) JsonPath.read(output, "$.institutionWithReviews.data.institution.reviews[*].stars"))
			.containsExactly(5, 3);
	}

	static boolean nodeAvailable() {
		try {
			Process version = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
			return version.waitFor(30, TimeUnit.SECONDS) && version.exitValue() == 0;
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	static String read(java.io.InputStream in) {
		try (in) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			return "";
		}
	}

}

package com.fintechkg.kg.vocabulary;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fintechkg.kg.KnowledgeGraphApplication;
import com.fintechkg.kg.support.TestClients;
import com.fintechkg.kg.support.TinySeed;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Growing the graph is an edit of the vocabulary plus seed data: a small seed whose vocabulary adds a kind
 * ({@code Risk}) and a relationship type ({@code THREATENS}, with a typed field at each end) is served by the
 * unchanged application with the new root lookup and list, the new typed fields in both directions and their
 * connections, the new enum value in filters, and the seed validator's rules for the new type.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class GrowingTheVocabularyTests {

	@TempDir
	static Path directory;

	private ConfigurableApplicationContext service;

	private URI graphql;

	@BeforeAll
	void startTheServiceOnAGrownSeed() {
		TinySeed seed = TinySeed.in(directory.resolve("seed"))
			.replace("vocabulary.yaml", "\ntypes:\n", """

					  Risk:
					    plural: risks
					    file: risks.yaml
					    zh: 风险
					    description: "A risk the text names."
					    summary: "Risks."
					    example: model-risk
					    style: {color: "#B22222", border: "#8B1A1A", text: "#FFFFFF", diameter: 50, shape: vee}
					    fields:
					      threatens: {types: [THREATENS], direction: OUTGOING, of: Entity, description: "What this risk threatens."}
					types:
					  THREATENS: {from: [Risk], to: [Institution, Product], description: "a risk threatens"}
					""")
			.replace("vocabulary.yaml", "      regions: {types: [LOCATED_IN]",
					"      threatenedBy: {types: [THREATENS], direction: INCOMING, of: Risk, description: \"Risks to it.\"}\n"
							+ "      regions: {types: [LOCATED_IN]")
			.write("risks.yaml", """
					kind: Risk
					entities:
					  - id: model-risk
					    name: Model risk
					    nameZh: 大模型风险
					    description: The risks of a financial large model.
					    citations:
					      - {section: "1", quote: 金融大模型}
					""")
			.append("relations.yaml", """
					  - {from: model-risk, type: THREATENS, to: icbc, section: "1", quote: 工商银行发布了金融大模型}
					  - {from: model-risk, type: THREATENS, to: icbc-model, section: "1", quote: 金融大模型}
					""");
		this.service = new SpringApplicationBuilder(KnowledgeGraphApplication.class).profiles("test")
			.run("--fintechkg.seed.location=" + seed.location(), "--fintechkg.seed.mode=always",
					"--fintechkg.embedded.data-dir=" + directory.resolve("data"));
		this.graphql = URI.create("http://localhost:" + this.service.getEnvironment().getProperty("local.server.port"));
	}

	@AfterAll
	void stop() {
		if (this.service != null) {
			this.service.close();
		}
	}

	@Test
	void theNewKindHasItsRootLookupListAndTypedFieldsWithConnections() {
		String answer = query("""
				{ risk(id: "model-risk") { __typename kind name
				    threatens { id __typename }
				    threatensConnection { totalCount edges { direction node { id } properties { type quote } } } }
				  risks { totalCount edges { node { id } } }
				  entities(where: {kind: {eq: RISK}}) { totalCount }
				  search(query: "大模型风险", kinds: [RISK]) { entity { id } } }""");

		assertThat(answer).as(answer).doesNotContain("\"errors\"");
		assertThat((String) JsonPath.read(answer, "$.data.risk.__typename")).isEqualTo("Risk");
		assertThat((String) JsonPath.read(answer, "$.data.risk.kind")).isEqualTo("RISK");
		assertThat((List<String>) JsonPath.read(answer, "$.data.risk.threatens[*].id")).containsExactly("icbc", "icbc-model");
		assertThat((List<String>) JsonPath.read(answer, "$.data.risk.threatens[*].__typename"))
			.containsExactly("Institution", "Product");
		assertThat((Integer) JsonPath.read(answer, "$.data.risk.threatensConnection.totalCount")).isEqualTo(2);
		assertThat((List<String>) JsonPath.read(answer, "$.data.risk.threatensConnection.edges[*].properties.type"))
			.containsOnly("THREATENS");
		assertThat((List<String>) JsonPath.read(answer, "$.data.risk.threatensConnection.edges[*].direction"))
			.containsOnly("OUTGOING");
		assertThat((Integer) JsonPath.read(answer, "$.data.risks.totalCount")).isEqualTo(1);
		assertThat((Integer) JsonPath.read(answer, "$.data.entities.totalCount")).isEqualTo(1);
		assertThat((List<String>) JsonPath.read(answer, "$.data.search[*].entity.id")).containsExactly("model-risk");
	}

	@Test
	void theNewTypeIsFollowedFromTheOtherEndAndListedInTheVocabulary() {
		String answer = query("""
				{ institution(id: "icbc") { threatenedBy { id name } products { id } }
				  relationTypes { name from to }
				  stats { byKind { kind count } } }""");

		assertThat(answer).as(answer).doesNotContain("\"errors\"");
		assertThat((List<String>) JsonPath.read(answer, "$.data.institution.threatenedBy[*].id")).containsExactly("model-risk");
		assertThat((List<String>) JsonPath.read(answer, "$.data.institution.products[*].id")).containsExactly("icbc-model");
		assertThat((List<List<String>>) JsonPath.read(answer, "$.data.relationTypes[?(@.name == 'THREATENS')].to"))
			.containsExactly(List.of("INSTITUTION", "PRODUCT"));
		assertThat((List<Integer>) JsonPath.read(answer, "$.data.stats.byKind[?(@.kind == 'RISK')].count")).containsExactly(1);
	}

	@Test
	void theServedSchemaIsTheOneTheGrownVocabularyGenerates() throws Exception {
		HttpResponse<String> schema = TestClients.http()
			.send(TestClients.request(this.graphql.resolve("/graphql/schema")).build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

		assertThat(schema.body()).contains("type Risk implements Entity @key(fields : \"id\"")
			.contains("risks(")
			.contains("threatenedBy(")
			.contains("\"Risks to it. (THREATENS, incoming)\"")
			.contains("RISK");
	}

	@SuppressWarnings("unchecked")
	private String query(String document) {
		try {
			String body = JsonMapper.builder().build().writeValueAsString(Map.of("query", document));
			HttpResponse<String> response = TestClients.http()
				.send(TestClients.request(this.graphql.resolve("/graphql"))
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString(body))
					.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			return response.body();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}

package com.fintechkg.kg.caching;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fintechkg.kg.support.GraphQlHttp;
import com.fintechkg.kg.support.GraphQlHttp.Answer;
import com.fintechkg.kg.support.KnowledgeGraphTest;
import com.fintechkg.kg.support.StatementCounter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Query;
import org.neo4j.graphdb.GraphDatabaseService;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A list's {@code totalCount} is counted once per graph version: a second request with the same question runs no
 * count, and a curated write (which changes the version) makes the next request count again and see the change.
 */
@KnowledgeGraphTest
class TotalCountsTests {

	static final String CURATOR = "test-curator-token-0123456789";

	static final String QUOTE = "推出基于开源自研的自主金融 AI 大模型 ChatABC，初步具备自由闲聊、行内知识问答、内容摘要等多类型任务的服务能力。";

	static final String MODELS = """
			{ products(first: 2, where: {category: {eq: "model"}}) { totalCount edges { node { id } } } }""";

	static final String RELATIONS = """
			{ relations(first: 1, where: {type: {eq: "RELEASED"}}) { totalCount } }""";

	static final String UPSERT = """
			mutation($input: UpsertEntityInput!) { upsertEntity(input: $input) { entity { id } } }""";

	@Autowired
	GraphQlHttp graphQl;

	@Autowired
	StatementCounter statements;

	@Autowired
	GraphDatabaseService database;

	@AfterEach
	void removeWhatTheTestsWrote() {
		this.database.executeTransactionally("MATCH (e:Entity) WHERE e.id STARTS WITH 'counts-test-' DETACH DELETE e");
		this.database.executeTransactionally("MATCH (n) WHERE (n:Change OR n:Deleted) DETACH DELETE n");
	}

	@Test
	void aSecondRequestForTheSameTotalRunsNoCount() {
		long first = total(MODELS, "$.data.products.totalCount");
		long relations = total(RELATIONS, "$.data.relations.totalCount");
		this.statements.reset();

		assertThat(total(MODELS, "$.data.products.totalCount")).isEqualTo(first);
		assertThat(total(RELATIONS, "$.data.relations.totalCount")).isEqualTo(relations);

		assertThat(this.statements.statements()).extracting(Query::text)
			.isNotEmpty()
			.noneMatch((text) -> text.contains("count(e)") || text.contains("count(r)"));
	}

	@Test
	void aCuratedWriteChangesTheVersionAndTheNextRequestCountsAgain() {
		long before = total(MODELS, "$.data.products.totalCount");
		assertThat(total(MODELS, "$.data.products.totalCount")).isEqualTo(before);

		Answer write = this.graphQl.post(UPSERT, Map.of("input", model("counts-test-model")), CURATOR);
		assertThat(write.errors()).as(write.body()).isEmpty();
		this.statements.reset();

		assertThat(total(MODELS, "$.data.products.totalCount")).isEqualTo(before + 1);
		assertThat(this.statements.statements()).extracting(Query::text).anyMatch((text) -> text.contains("count(e)"));
	}

	@Test
	void aWriteThatBypassesCurationLeavesTheVersionAndTheKeptCount() {
		long before = total(MODELS, "$.data.products.totalCount");

		this.database.executeTransactionally("""
				CREATE (:Entity:Product {id: 'counts-test-uncurated', kind: 'Product', name: 'Counts Test Uncurated',
				  nameZh: '计数测试', category: 'model'})""");

		assertThat(total(MODELS, "$.data.products.totalCount")).as("kept for the unchanged graph version")
			.isEqualTo(before);
	}

	private long total(String query, String path) {
		Answer answer = this.graphQl.post(query);
		assertThat(answer.errors()).as(answer.body()).isEmpty();
		return answer.<Number>read(path).longValue();
	}

	static Map<String, Object> model(String id) {
		Map<String, Object> input = new LinkedHashMap<>();
		input.put("id", id);
		input.put("kind", "PRODUCT");
		input.put("name", "Counts Test Model");
		input.put("nameZh", "计数测试模型");
		input.put("category", "model");
		input.put("description", "A curated test entity.");
		input.put("citations", List.of(Map.of("section", "3.2.1", "quote", QUOTE)));
		return input;
	}

}

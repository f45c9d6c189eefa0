package com.fintechkg.kg.caching;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fintechkg.kg.support.GraphQlHttp;
import com.fintechkg.kg.support.GraphQlHttp.Answer;
import com.fintechkg.kg.support.KnowledgeGraphTest;
import com.fintechkg.kg.support.TestClients;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.graphdb.GraphDatabaseService;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * HTTP caching of reads: a GET answers with an ETag of the graph's version, a revalidation is a 304 (no query
 * runs) until a curated write or a seed load changes the graph, then a 200 with the new data. Automatic persisted
 * queries: a document sent once with its hash is then asked for by the hash alone, over GET or POST.
 */
@KnowledgeGraphTest
class HttpCachingTests {

	static final String CURATOR = "test-curator-token-0123456789";

	static final String QUOTE = "推出基于开源自研的自主金融 AI 大模型 ChatABC，初步具备自由闲聊、行内知识问答、内容摘要等多类型任务的服务能力。";

	static final String READ = "{ entity(id: \"caching-test-model\") { id name } }";

	static final String UPSERT = """
			mutation($input: UpsertEntityInput!) { upsertEntity(input: $input) { entity { id } } }""";

	private static final JsonMapper json = JsonMapper.builder().build();

	@Autowired
	GraphQlHttp graphQl;

	@Autowired
	GraphDatabaseService database;

	@Autowired
	GraphVersion version;

	@AfterEach
	void removeWhatTheTestsWrote() {
		this.database.executeTransactionally("MATCH (e:Entity) WHERE e.id STARTS WITH 'caching-test-' DETACH DELETE e");
		this.database.executeTransactionally("MATCH (n) WHERE (n:Change OR n:Deleted) DETACH DELETE n");
	}

	@Test
	void aGetReadCarriesTheGraphVersionAsItsETagAndMustBeRevalidated() {
		HttpResponse<String> first = get(READ, null);
		assertThat(first.statusCode()).isEqualTo(200);
		assertThat(first.headers().firstValue("ETag")).hasValue("W/\"" + this.version.current() + "\"");
		assertThat(first.headers().firstValue("Cache-Control")).hasValue("no-cache");
		assertThat(first.headers().allValues("Vary")).anyMatch((vary) -> vary.contains("Accept"));
	}

	@Test
	void revalidationIsA304UntilACuratedWriteThenA200WithTheNewData() {
		HttpResponse<String> before = get(READ, null);
		String etag = before.headers().firstValue("ETag").orElseThrow();
		assertThat((Object) JsonPath.read(before.body(), "$.data.entity")).isNull();

		HttpResponse<String> unchanged = get(READ, etag);
		assertThat(unchanged.statusCode()).isEqualTo(304);
		assertThat(unchanged.body()).isEmpty();
		assertThat(unchanged.headers().firstValue("ETag")).hasValue(etag);
		assertThat(get(READ, "\"other\", " + etag.substring(2)).statusCode()).as("weak comparison, lists").isEqualTo(304);
		assertThat(get(READ, "W/\"other\"").statusCode()).isEqualTo(200);

		Answer write = this.graphQl.post(UPSERT, Map.of("input", entity("caching-test-model", "Caching Test Model")),
				CURATOR);
		assertThat(write.errors()).as(write.body()).isEmpty();

		HttpResponse<String> after = get(READ, etag);
		assertThat(after.statusCode()).isEqualTo(200);
		assertThat((String) JsonPath.read(after.body(), "$.data.entity.name")).isEqualTo("Caching Test Model");
		String newTag = after.headers().firstValue("ETag").orElseThrow();
		assertThat(newTag).isNotEqualTo(etag);
		assertThat(get(READ, newTag).statusCode()).isEqualTo(304);
	}

	@Test
	void anAnswerWithErrorsIsNeitherTaggedNorKept() {
		HttpResponse<String> response = get("{ entity(id: \"x\") { noSuchField } }", null);
		assertThat(response.body()).contains("errors");
		assertThat(response.headers().firstValue("ETag")).isEmpty();
		assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
	}

	@Test
	void postsAreNotCached() {
		HttpResponse<String> response = send(this.graphQl.postRequest(READ, Map.of())
			.header("If-None-Match", "*")
			.build());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("ETag")).isEmpty();
	}

	@Test
	void aPersistedQueryIsAskedForByItsHashAfterItIsSentOnce() {
		String query = "query PersistedStats { stats { entities relations } }";
		String hash = PersistedQueries.sha256(query);
		String extensions = "{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"" + hash + "\"}}";

		HttpResponse<String> unknown = send(TestClients.request(this.graphQl.uri("/graphql?extensions=" + encode(extensions)))
			.GET()
			.build());
		assertThat(unknown.statusCode()).isEqualTo(200);
		assertThat((List<String>) JsonPath.read(unknown.body(), "$.errors[*].message")).containsExactly("PersistedQueryNotFound");
		assertThat((List<String>) JsonPath.read(unknown.body(), "$.errors[*].extensions.code"))
			.containsExactly("PERSISTED_QUERY_NOT_FOUND");

		HttpResponse<String> registered = send(TestClients
			.request(this.graphQl.uri("/graphql?query=" + encode(query) + "&extensions=" + encode(extensions)))
			.GET()
			.build());
		assertThat(registered.statusCode()).isEqualTo(200);
		int entities = JsonPath.read(registered.body(), "$.data.stats.entities");

		HttpResponse<String> byHash = send(TestClients.request(this.graphQl.uri("/graphql?extensions=" + encode(extensions)))
			.GET()
			.build());
		assertThat(byHash.statusCode()).isEqualTo(200);
		assertThat((Integer) JsonPath.read(byHash.body(), "$.data.stats.entities")).isEqualTo(entities);
		String etag = byHash.headers().firstValue("ETag").orElseThrow();
		assertThat(send(TestClients.request(this.graphQl.uri("/graphql?extensions=" + encode(extensions)))
			.header("If-None-Match", etag)
			.GET()
			.build()).statusCode()).isEqualTo(304);

		Map<String, Object> body = new LinkedHashMap<>();
		body.put("extensions", Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", hash)));
		HttpResponse<String> posted = send(TestClients.request(this.graphQl.uri("/graphql"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)))
			.build());
		assertThat(posted.statusCode()).isEqualTo(200);
		assertThat((Integer) JsonPath.read(posted.body(), "$.data.stats.entities")).isEqualTo(entities);
	}

	@Test
	void aHashThatIsNotTheDocumentsIsRefusedAndNotStored() {
		String query = "{ stats { entities } }";
		String wrong = PersistedQueries.sha256("{ stats { relations } }");
		String extensions = "{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"" + wrong + "\"}}";
		HttpResponse<String> refused = send(TestClients
			.request(this.graphQl.uri("/graphql?query=" + encode(query) + "&extensions=" + encode(extensions)))
			.GET()
			.build());
		assertThat((List<String>) JsonPath.read(refused.body(), "$.errors[*].extensions.code"))
			.containsExactly("PERSISTED_QUERY_HASH_MISMATCH");
		HttpResponse<String> byHash = send(TestClients.request(this.graphQl.uri("/graphql?extensions=" + encode(extensions)))
			.GET()
			.build());
		assertThat((List<String>) JsonPath.read(byHash.body(), "$.errors[*].message")).containsExactly("PersistedQueryNotFound");
	}

	@Test
	void aPersistedMutationIsStillRefusedOverGet() {
		String mutation = "mutation { deleteRelation(input: {id: \"a:B:c\", expectedVersion: 1, reason: \"x\", "
				+ "citation: {section: \"1\", quote: \"x\"}}) { id } }";
		String hash = PersistedQueries.sha256(mutation);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("query", mutation);
		body.put("extensions", Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", hash)));
		send(TestClients.request(this.graphQl.uri("/graphql"))
			.header("Content-Type", "application/json")
			.header("Authorization", "Bearer " + CURATOR)
			.POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)))
			.build());
		String extensions = "{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"" + hash + "\"}}";
		HttpResponse<String> overGet = send(TestClients.request(this.graphQl.uri("/graphql?extensions=" + encode(extensions)))
			.header("Authorization", "Bearer " + CURATOR)
			.GET()
			.build());
		assertThat(overGet.statusCode()).isIn(405, 200);
		if (overGet.statusCode() == 200) {
			assertThat((List<String>) JsonPath.read(overGet.body(), "$.errors[*].message")).containsExactly("PersistedQueryNotFound");
		}
		else {
			assertThat(overGet.body()).contains("Mutations must use POST");
		}
	}

	static Map<String, Object> entity(String id, String name) {
		Map<String, Object> input = new LinkedHashMap<>();
		input.put("id", id);
		input.put("kind", "PRODUCT");
		input.put("name", name);
		input.put("nameZh", name + " 测试");
		input.put("category", "model");
		input.put("description", "A curated test entity.");
		input.put("citations", List.of(Map.of("section", "3.2.1", "quote", QUOTE)));
		return input;
	}

	HttpResponse<String> get(String query, String ifNoneMatch) {
		HttpRequest.Builder request = TestClients.request(this.graphQl.uri("/graphql?query=" + encode(query)))
			.header("Accept", "application/graphql-response+json");
		if (ifNoneMatch != null) {
			request.header("If-None-Match", ifNoneMatch);
		}
		return send(request.GET().build());
	}

	HttpResponse<String> send(HttpRequest request) {
		try {
			return TestClients.http().send(TestClients.bounded(request), HttpResponse.BodyHandlers.ofString());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

}

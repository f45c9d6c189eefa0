package com.fintechkg.kg.security;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Stream;

import com.fintechkg.kg.support.GraphFingerprint;
import com.fintechkg.kg.support.GraphQlHttp;
import com.fintechkg.kg.support.GraphQlHttp.Answer;
import com.fintechkg.kg.support.KnowledgeGraphTest;
import org.jspecify.annotations.Nullable;
import org.neo4j.graphdb.GraphDatabaseService;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may write, for every mutation the schema declares (found by introspection, so a new mutation without a
 * case here fails), asked by every kind of caller: anonymous and readers are refused (UNAUTHORIZED, FORBIDDEN),
 * an unknown token is refused at the door with 401, and only a curator writes. A refused call leaves the graph
 * exactly as it was, down to every property of every node and relationship.
 */
@KnowledgeGraphTest
class AuthorizationMatrixTests {

	static final String CURATOR = "test-curator-token-0123456789";

	static final String READER = "test-reader-token-0123456789";

	static final String QUOTE = "推出基于开源自研的自主金融 AI 大模型 ChatABC，初步具备自由闲聊、行内知识问答、内容摘要等多类型任务的服务能力。";

	static final String PREFIX = "authz-test-";

	/** The callers of the matrix, each with the token it sends (none for anonymous). */
	enum Caller {

		ANONYMOUS(null), UNKNOWN_TOKEN("not-a-configured-token-0123456789"), MALFORMED_HEADER(null), READER(
				AuthorizationMatrixTests.READER), CURATOR(AuthorizationMatrixTests.CURATOR);

		final @Nullable String token;

		Caller(@Nullable String token) {
			this.token = token;
		}

	}

	@Autowired
	GraphQlHttp graphQl;

	@Autowired
	Neo4jClient neo4j;

	@Autowired
	GraphFingerprint graph;

	@Autowired
	GraphDatabaseService database;

	/**
	 * One valid call of each mutation: what it needs prepared (by a curator, through the API), the call, and how
	 * to see that it took effect.
	 */
	record MutationCase(Runnable prepare, String document, Supplier<Map<String, Object>> input, Supplier<Boolean> tookEffect) {
	}

	Map<String, MutationCase> cases() {
		Map<String, MutationCase> cases = new LinkedHashMap<>();
		cases.put("upsertEntity", new MutationCase(() -> {
		}, "mutation($input: UpsertEntityInput!) { upsertEntity(input: $input) { created entity { id } } }",
				() -> entity(PREFIX + "new"), () -> entityExists(PREFIX + "new")));
		cases.put("upsertRelation", new MutationCase(() -> createEntity(PREFIX + "end"),
				"mutation($input: UpsertRelationInput!) { upsertRelation(input: $input) { relation { id } } }",
				() -> relation("abc", PREFIX + "end"), () -> relationExists("abc:RELEASED:" + PREFIX + "end")));
		cases.put("deleteRelation", new MutationCase(() -> {
			createEntity(PREFIX + "end");
			createRelation("abc", PREFIX + "end");
		}, "mutation($input: DeleteRelationInput!) { deleteRelation(input: $input) { id } }",
				() -> deletion("abc:RELEASED:" + PREFIX + "end", false),
				() -> !relationExists("abc:RELEASED:" + PREFIX + "end")));
		cases.put("deleteEntity", new MutationCase(() -> createEntity(PREFIX + "doomed"),
				"mutation($input: DeleteEntityInput!) { deleteEntity(input: $input) { id } }",
				() -> deletion(PREFIX + "doomed", true), () -> !entityExists(PREFIX + "doomed")));
		return cases;
	}

	@Test
	void everyMutationTheSchemaDeclaresHasAnAuthorizationCase() {
		assertThat(cases().keySet()).as("mutations with an authorization case").containsExactlyInAnyOrderElementsOf(mutations());
	}

	@TestFactory
	Stream<DynamicTest> everyMutationByEveryCaller() {
		Map<String, MutationCase> cases = cases();
		Set<String> mutations = mutations();
		List<DynamicTest> tests = new ArrayList<>();
		for (String mutation : mutations) {
			for (Caller caller : Caller.values()) {
				tests.add(DynamicTest.dynamicTest(mutation + " by " + caller, () -> {
					MutationCase c = cases.get(mutation);
					assertThat(c).as("mutation '%s' has no authorization case: add one to cases()", mutation).isNotNull();
					try {
						check(mutation, c, caller);
					}
					finally {
						removeWhatTheTestWrote();
					}
				}));
			}
		}
		assertThat(tests).hasSize(mutations.size() * Caller.values().length).isNotEmpty();
		return tests.stream();
	}

	private void check(String mutation, MutationCase c, Caller caller) {
		c.prepare().run();
		GraphFingerprint.Snapshot before = this.graph.snapshot();
		Map<String, Object> variables = Map.of("input", c.input().get());

		Answer answer = switch (caller) {
			case MALFORMED_HEADER -> this.graphQl.send(this.graphQl.postRequest(c.document(), variables)
				.header("Authorization", "Basic Y3VyYXRvcjpzZWNyZXQ=")
				.build());
			default -> this.graphQl.post(c.document(), variables, caller.token);
		};

		switch (caller) {
			case ANONYMOUS -> refused(mutation + " by an anonymous caller", answer, before, 200, "UNAUTHORIZED");
			case UNKNOWN_TOKEN -> refused(mutation + " with an unknown token", answer, before, 401, "UNAUTHORIZED");
			case MALFORMED_HEADER -> refused(mutation + " with a malformed Authorization header", answer, before, 401, "UNAUTHORIZED");
			case READER -> refused(mutation + " by a reader", answer, before, 200, "FORBIDDEN");
			case CURATOR -> {
				assertThat(answer.errors()).as("%s by a curator: %s", mutation, answer.body()).isEmpty();
				assertThat(answer.<Object>read("$.data." + mutation)).isNotNull();
				assertThat(c.tookEffect().get()).as("%s by a curator took effect", mutation).isTrue();
				assertThat(this.graph.snapshot()).as("the graph after %s by a curator", mutation).isNotEqualTo(before);
			}
		}
	}

	private void refused(String call, Answer answer, GraphFingerprint.Snapshot before, int status, String classification) {
		assertThat(answer.errorClassifications()).as("%s must be refused as %s: %s", call, classification, answer.body())
			.containsExactly(classification);
		assertThat(answer.status()).as("%s: HTTP status", call).isEqualTo(status);
		assertThat(answer.body()).as("%s answers no data", call).doesNotContain("\"data\":{\"");
		this.graph.assertUnchangedSince(before);
	}

	private Set<String> mutations() {
		Answer answer = this.graphQl.post("{ __schema { mutationType { fields { name } } } }");
		List<String> names = answer.read("$.data.__schema.mutationType.fields[*].name");
		assertThat(names).as("the schema declares mutations").isNotEmpty();
		return new TreeSet<>(names);
	}

	private static Map<String, Object> entity(String id) {
		Map<String, Object> input = new LinkedHashMap<>();
		input.put("id", id);
		input.put("kind", "PRODUCT");
		input.put("name", "Authorization Test " + id);
		input.put("nameZh", "授权测试" + id);
		input.put("description", "An entity of the authorization tests.");
		input.put("citations", List.of(Map.of("section", "3.2.1", "quote", QUOTE)));
		return input;
	}

	private static Map<String, Object> relation(String from, String to) {
		return Map.of("from", from, "type", "RELEASED", "to", to, "citation", Map.of("section", "3.2.1", "quote", QUOTE));
	}

	private Map<String, Object> deletion(String id, boolean entity) {
		Map<String, Object> input = new LinkedHashMap<>();
		input.put("id", id);
		input.put("expectedVersion", 1);
		input.put("reason", "authorization test");
		input.put("citation", Map.of("section", "3.2.1", "quote", QUOTE));
		if (entity) {
			input.put("detach", true);
		}
		return input;
	}

	private void createEntity(String id) {
		Answer answer = this.graphQl.post("mutation($input: UpsertEntityInput!) { upsertEntity(input: $input) { created } }",
				Map.of("input", entity(id)), CURATOR);
		assertThat(answer.errors()).as(answer.body()).isEmpty();
	}

	private void createRelation(String from, String to) {
		Answer answer = this.graphQl.post("mutation($input: UpsertRelationInput!) { upsertRelation(input: $input) { created } }",
				Map.of("input", relation(from, to)), CURATOR);
		assertThat(answer.errors()).as(answer.body()).isEmpty();
	}

	private boolean entityExists(String id) {
		return this.neo4j.query("MATCH (e:Entity {id: $id}) RETURN count(e) > 0").bind(id).to("id")
			.fetchAs(Boolean.class).one().orElseThrow();
	}

	private boolean relationExists(String id) {
		return this.neo4j.query("MATCH ()-[r {id: $id}]->() RETURN count(r) > 0").bind(id).to("id")
			.fetchAs(Boolean.class).one().orElseThrow();
	}

	private void removeWhatTheTestWrote() {
		// in-process: Bolt is read-only
		this.database.executeTransactionally("MATCH (e:Entity) WHERE e.id STARTS WITH $prefix DETACH DELETE e",
				Map.of("prefix", PREFIX));
		this.database.executeTransactionally(
				"MATCH (n) WHERE (n:Change OR n:Deleted) AND (n.target CONTAINS $prefix OR n.id CONTAINS $prefix) DETACH DELETE n",
				Map.of("prefix", PREFIX));
		assertThat(this.neo4j.query("MATCH (n) WHERE n.id CONTAINS $prefix OR n.target CONTAINS $prefix RETURN count(n)")
			.bind(PREFIX).to("prefix").fetchAs(Long.class).one().orElseThrow()).as("left behind by the test").isZero();
	}

}

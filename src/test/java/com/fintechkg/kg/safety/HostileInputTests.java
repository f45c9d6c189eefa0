package com.fintechkg.kg.safety;

import java.net.http.HttpRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import com.fintechkg.kg.support.TestClients;
import com.fintechkg.kg.support.GraphQlHttp;
import com.fintechkg.kg.support.GraphQlHttp.Answer;
import com.fintechkg.kg.support.KnowledgeGraphTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile input, fuzz-style: Cypher injection strings in every kind of argument, huge numbers, unicode edge
 * cases, deeply nested and heavily aliased queries, malformed requests. Every answer must be bounded and clean:
 * an HTTP status a client expects, errors classified, nothing internal in the text (no stack trace, Cypher,
 * driver message or class name), and the graph exactly as it was.
 */
@KnowledgeGraphTest
class HostileInputTests {

	/** Text that must never reach a client: Java stack frames and class names, Cypher, driver and server internals. */
	private static final List<String> LEAKS = List.of("Exception", "\tat ", "at com.", "at org.", "java.", "org.neo4j",
			"org.springframework", "com.fintechkg", "MATCH ", "MERGE ", "RETURN ", "Neo.ClientError", "Neo.DatabaseError",
			"Cypher");

	/** The documented limits (README's configuration table): deepest nesting and most fields of one query. */
	static final int MAX_DEPTH = 15;

	static final int MAX_COMPLEXITY = 2000;

	/** The documented largest request body: 100 KB. */
	static final int MAX_REQUEST_BYTES = 100 * 1024;

	private static final List<String> CLASSIFICATIONS = List.of("BAD_REQUEST", "NOT_FOUND", "UNAUTHORIZED", "FORBIDDEN",
			"UNAVAILABLE", "CONFLICT", "INTERNAL_ERROR");

	static final List<String> INJECTIONS = List.of(
			"icbc'}) DETACH DELETE n //",
			"\" }) MATCH (n) DETACH DELETE n //",
			"') RETURN 1 UNION MATCH (n) RETURN n //",
			"icbc` DETACH DELETE n //",
			"*:* OR name:*",
			"name:(a OR b) AND NOT c~ \\ [ ] { } ^ \" ~ * ? : /",
			"${jndi:ldap://example.invalid/a}",
			"'; CALL dbms.killQueries([]) //",
			"$id",
			"<script>alert(1)</script>",
			"%00%27%22",
			"\\u0027 OR 1=1 --");

	static final List<String> UNICODE = List.of(
			"\u0000", "\uD800", "\uDC00abc", "a\u200Db\u200Bc", "\u202Eknab", "\uFEFF工商银行", "e\u0301\u0301\u0301",
			"🏦💹🤖", "𠀀𠀁𠀂", "工\u0000商", "ＩＣＢＣ", "\t\n\r ", "\\", "\"", "İı", "ß".repeat(200));

	@Autowired
	GraphQlHttp graphQl;

	@Autowired
	Neo4jClient neo4j;

	private Map<String, Object> before;

	@BeforeEach
	void rememberTheGraph() {
		this.before = graphCounts();
	}

	@AfterEach
	void theGraphIsUnchangedAndTheServiceStillAnswers() {
		assertThat(graphCounts()).isEqualTo(this.before);
		Answer answer = this.graphQl.post("{ entity(id: \"icbc\") { name } }");
		assertThat(answer.<String>read("$.data.entity.name")).isNotBlank();
	}

	static Stream<String> injections() {
		return INJECTIONS.stream();
	}

	static Stream<String> unicode() {
		return UNICODE.stream();
	}

	@Nested
	class CypherInjection {

		@ParameterizedTest
		@MethodSource("com.fintechkg.kg.safety.HostileInputTests#injections")
		void inLookupsIsJustAnUnknownId(String text) {
			Answer answer = answer("query($id: ID!) { entity(id: $id) { id } institution(id: $id) { id } }", Map.of("id", text));

			assertThat(answer.errors()).isEmpty();
			assertThat(answer.<Object>read("$.data.entity")).isNull();
		}

		@ParameterizedTest
		@MethodSource("com.fintechkg.kg.safety.HostileInputTests#injections")
		void inSearchIsJustText(String text) {
			Answer answer = answer("query($q: String!) { search(query: $q) { entity { id } } }", Map.of("q", text));

			assertThat(answer.errors()).isEmpty();
			assertThat(answer.<List<?>>read("$.data.search")).isNotNull();
		}

		@ParameterizedTest
		@MethodSource("com.fintechkg.kg.safety.HostileInputTests#injections")
		void inFiltersIsJustAValue(String text) {
			Answer answer = answer("""
					query($t: String!) { entities(where: {OR: [{name: {eq: $t}}, {nameZh: {contains: $t}},
					  {category: {startsWith: $t}}, {alias: {in: [$t]}}]}) { totalCount } }""", Map.of("t", text));

			assertThat(answer.errors()).isEmpty();
			assertThat(answer.<Integer>read("$.data.entities.totalCount")).isZero();
		}

		@ParameterizedTest
		@MethodSource("com.fintechkg.kg.safety.HostileInputTests#injections")
		void inRelationshipTypesIsRefusedAsUnknown(String text) {
			Answer answer = answer("query($t: String!) { neighborhood(id: \"icbc\", relationTypes: [$t]) { truncated } }",
					Map.of("t", text));

			assertThat(answer.errorClassifications()).containsExactly("BAD_REQUEST");
		}

		@ParameterizedTest
		@MethodSource("com.fintechkg.kg.safety.HostileInputTests#injections")
		void inCursorsIsRefusedAsMalformed(String text) {
			Answer answer = answer("query($c: String) { entities(after: $c) { totalCount } }", Map.of("c", text));

			assertThat(answer.errorClassifications()).contains("BAD_REQUEST");
		}

		@ParameterizedTest
		@MethodSource("com.fintechkg.kg.safety.HostileInputTests#injections")
		void inPathEndsIsJustAnUnknownId(String text) {
			Answer answer = answer("query($a: ID!) { shortestPath(from: $a, to: \"icbc\") { length } neighborhood(id: $a) { truncated } }",
					Map.of("a", text));

			assertThat(answer.errorClassifications()).allMatch(CLASSIFICATIONS::contains);
			assertThat(answer.<Object>read("$.data.shortestPath")).isNull();
		}

	}

	@Nested
	class Numbers {

		@Test
		void beyondIntAreRefusedByTheSchema() {
			for (String first : List.of("2147483648", "-2147483649", "99999999999999999999999999", "1e309", "1.5", "NaN")) {
				Answer answer = answer("{ entities(first: " + first + ") { totalCount } }", Map.of());

				assertThat(answer.errorClassifications()).as(first).containsOnly("BAD_REQUEST");
			}
		}

		@Test
		void beyondIntInVariablesAreRefused() {
			Answer answer = answer("query($n: Int) { entities(first: $n) { totalCount } }",
					Map.of("n", new java.math.BigInteger("99999999999999999999999")));

			assertThat(answer.errorClassifications()).containsOnly("BAD_REQUEST");
		}

		@Test
		void hugeFloatsInFiltersAreHarmless() {
			Answer answer = answer("query($v: Float) { indicators(where: {value: {gte: $v}}) { totalCount } }",
					Map.of("v", Double.MAX_VALUE));

			assertThat(answer.errors()).isEmpty();
			assertThat(answer.<Integer>read("$.data.indicators.totalCount")).isZero();
		}

	}

	@Nested
	class Unicode {

		@ParameterizedTest
		@MethodSource("com.fintechkg.kg.safety.HostileInputTests#unicode")
		void inSearchGivesResultsOrAClearRefusal(String text) {
			Answer answer = answer("query($q: String!) { search(query: $q) { entity { id } } }", Map.of("q", text));

			assertThat(answer.errorClassifications()).allMatch("BAD_REQUEST"::equals);
			if (answer.errors().isEmpty()) {
				assertThat(answer.<List<?>>read("$.data.search")).isNotNull();
			}
		}

		@ParameterizedTest
		@MethodSource("com.fintechkg.kg.safety.HostileInputTests#unicode")
		void inIdsIsJustAnUnknownId(String text) {
			Answer answer = answer("query($id: ID!) { entity(id: $id) { id } }", Map.of("id", text));

			assertThat(answer.errors()).isEmpty();
			assertThat(answer.<Object>read("$.data.entity")).isNull();
		}

		@Test
		void caseVariantsStillFindTheEntity() {
			Answer answer = answer("{ search(query: \"icbc\", first: 1) { entity { id } } }", Map.of());

			assertThat(answer.<List<String>>read("$.data.search[*].entity.id")).containsExactly("icbc");
		}

	}

	@Nested
	class Shape {

		@Test
		void tenThousandAliasesOfOneFieldAreRefusedBeforeAnythingRuns() {
			String aliases = IntStream.range(0, 10_000).mapToObj((i) -> "a" + i + ":__typename").collect(Collectors.joining(" "));
			Answer answer = answer("{ " + aliases + " }", Map.of());

			assertThat(answer.status()).isIn(200, 400, 413);
			assertThat(answer.errorClassifications()).containsOnly("BAD_REQUEST");
			assertThat(answer.body()).doesNotContain("\"data\":{\"a0\"");
		}

		@Test
		void tenThousandAliasesOfAnEntityLookupAreRefusedByComplexity() {
			String aliases = IntStream.range(0, 10_000).mapToObj((i) -> "e" + i + ":entity(id:\"icbc\"){id}")
				.collect(Collectors.joining(" "));
			Answer answer = answer("{ " + aliases + " }", Map.of());

			assertThat(answer.status()).isIn(200, 400, 413);
			assertThat(answer.errorClassifications()).containsOnly("BAD_REQUEST");
		}

		@Test
		void tenThousandRepeatsOfOneFieldAreMergedOrRefused() {
			Answer answer = answer("{ entity(id: \"icbc\") { " + "id ".repeat(10_000) + "} }", Map.of());

			assertThat(answer.errorClassifications()).allMatch("BAD_REQUEST"::equals);
			if (answer.errors().isEmpty()) {
				assertThat(answer.<String>read("$.data.entity.id")).isEqualTo("icbc");
			}
		}

		/**
		 * The documented depth limit at its boundary. The probe is a chain of single relations, cheap to answer at
		 * any depth, so a raised or removed limit fails here at once instead of running a query that fans out.
		 */
		@Test
		@Timeout(60)
		void theDepthLimitAnswersAQueryAtTheLimitAndRefusesOneLevelDeeperNamingTheLimit() {
			Answer atTheLimit = answer(chain(MAX_DEPTH), Map.of());
			Answer beyond = answer(chain(MAX_DEPTH + 1), Map.of());

			assertThat(atTheLimit.errors()).as("a query %d levels deep is within the depth limit (%s = %d): %s", MAX_DEPTH,
					"fintechkg.graphql.max-depth", MAX_DEPTH, abbreviate(atTheLimit.body())).isEmpty();
			assertThat(beyond.errorClassifications())
				.as("a query %d levels deep must be refused by the depth limit (%s = %d): %s", MAX_DEPTH + 1,
						"fintechkg.graphql.max-depth", MAX_DEPTH, abbreviate(beyond.body()))
				.containsExactly("BAD_REQUEST");
			assertThat((String) beyond.errors().getFirst().get("message")).contains("depth").contains(String.valueOf(MAX_DEPTH));
			assertThat(beyond.body()).doesNotContain("\"data\":{\"entity\"");
		}

		@Test
		@Timeout(60)
		void deepNestingThatFansOutIsRefusedBeforeAnythingRuns() {
			// were the limit broken, the query below would fan out over the whole graph: check the cheap probe first
			assertThat(answer(chain(MAX_DEPTH + 1), Map.of()).errorClassifications())
				.as("the depth limit (fintechkg.graphql.max-depth = %d) refuses a query %d levels deep", MAX_DEPTH, MAX_DEPTH + 1)
				.containsExactly("BAD_REQUEST");
			String query = "{ entity(id: \"icbc\") { " + "relations { to { ".repeat(10) + "id" + " } }".repeat(10) + " } }";
			Answer answer = answer(query, Map.of());

			assertThat(answer.errorClassifications()).containsExactly("BAD_REQUEST");
			assertThat((String) answer.errors().getFirst().get("message")).contains("depth");
			assertThat(answer.body()).doesNotContain("\"data\":{\"entity\"");
		}

		/** The documented complexity limit at its boundary: one entity and aliases of its id, each one field. */
		@Test
		@Timeout(60)
		void theComplexityLimitAnswersAQueryAtTheLimitAndRefusesOneFieldMore() {
			Answer atTheLimit = answer(aliases(MAX_COMPLEXITY), Map.of());
			Answer beyond = answer(aliases(MAX_COMPLEXITY + 1), Map.of());

			assertThat(atTheLimit.errors()).as("%d fields are within the complexity limit (%s = %d): %s", MAX_COMPLEXITY,
					"fintechkg.graphql.max-complexity", MAX_COMPLEXITY, abbreviate(atTheLimit.body())).isEmpty();
			assertThat(atTheLimit.<String>read("$.data.entity.a" + (MAX_COMPLEXITY - 2))).isEqualTo("icbc");
			assertThat(beyond.errorClassifications())
				.as("%d fields must be refused by the complexity limit (%s = %d): %s", MAX_COMPLEXITY + 1,
						"fintechkg.graphql.max-complexity", MAX_COMPLEXITY, abbreviate(beyond.body()))
				.containsExactly("BAD_REQUEST");
			assertThat((String) beyond.errors().getFirst().get("message")).contains("complexity");
			assertThat(beyond.body()).doesNotContain("\"data\":{\"entity\"");
		}

		/** A query {@code levels} fields deep: an entity, then relation and far end in turn, one of each. */
		private static String chain(int levels) {
			List<String> fields = new java.util.ArrayList<>(List.of("entity(id: \"icbc\")"));
			while (fields.size() < levels - 1) {
				fields.add((fields.size() % 2 == 1) ? "relations(first: 1)" : "to");
			}
			return "{ " + String.join(" { ", fields) + " { id" + " }".repeat(fields.size()) + " }";
		}

		/** {@code fields} fields: an entity and {@code fields - 1} aliases of its id. */
		private static String aliases(int fields) {
			return IntStream.range(0, fields - 1).mapToObj((i) -> "a" + i + ": id")
				.collect(Collectors.joining(" ", "{ entity(id: \"icbc\") { ", " } }"));
		}

		@Test
		void tenThousandNestedSelectionsAreRefusedByTheParser() {
			Answer answer = answer("{ " + "a { ".repeat(10_000) + "b" + " }".repeat(10_000) + " }", Map.of());

			assertThat(answer.status()).isIn(200, 400, 413);
			assertThat(answer.errorClassifications()).containsOnly("BAD_REQUEST");
		}

		@Test
		void exponentialFragmentSpreadsAreMergedOrRefused() {
			StringBuilder query = new StringBuilder("{ ...F0 }\n");
			query.append("fragment F9 on Query { stats { entities } }\n");
			for (int i = 8; i >= 0; i--) {
				query.append("fragment F").append(i).append(" on Query { ");
				for (int j = 0; j < 10; j++) {
					query.append("a").append(j).append(": stats { ... on GraphStats { entities } } ...F").append(i + 1).append(' ');
				}
				query.append("}\n");
			}
			Answer answer = answer(query.toString(), Map.of());

			assertThat(answer.errorClassifications()).allMatch("BAD_REQUEST"::equals);
			assertThat(answer.body()).hasSizeLessThan(10_000);
			if (answer.errors().isEmpty()) {
				assertThat(answer.<Integer>read("$.data.a9.entities")).isPositive();
			}
		}

		@Test
		void cyclicFragmentsAreRefused() {
			Answer answer = answer("{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }", Map.of());

			assertThat(answer.errorClassifications()).containsOnly("BAD_REQUEST");
		}

		@Test
		void unknownFieldsAndSyntaxErrorsAreBadRequests() {
			for (String query : List.of("{ nope }", "{ entity(id: \"icbc\") { id ", "query { entity(id: 1, id: 2) { id } }",
					"{ entity { id } }", "mutation { nothing }", "subscription { x }", "")) {
				Answer answer = answer(query, Map.of());

				assertThat(answer.status()).as(query).isIn(200, 400);
				assertThat(answer.errorClassifications()).as(query).isNotEmpty().containsOnly("BAD_REQUEST");
			}
		}

	}

	@Nested
	class MalformedRequests {

		@Test
		void answerWithAClientErrorAndNothingInternal() {
			for (String body : List.of("", "{", "[]", "null", "{\"query\": 42}", "{\"query\": \"{ stats { entities } }\", \"variables\": \"x\"}",
					"\u0000\u0001", "{\"query\": \"{ stats { entities } }\", \"operationName\": \"Missing\"}")) {
				Answer answer = this.send(body, "application/json");

				assertThat(answer.status()).as(body).isBetween(200, 499);
				assertThat(answer.status()).as(body).isNotEqualTo(500);
				assertNoLeaks(answer, List.of());
			}
		}

		@Test
		void wrongContentTypeIsUnsupported() {
			Answer answer = this.send("{ stats { entities } }", "text/plain");

			assertThat(answer.status()).isEqualTo(415);
			assertNoLeaks(answer, List.of());
		}

		@Test
		void theRequestSizeLimitAcceptsABodyAtTheLimitAndRefusesOneByteMore() {
			Answer atTheLimit = this.send(bodyOfSize(MAX_REQUEST_BYTES), "application/json");
			Answer beyond = this.send(bodyOfSize(MAX_REQUEST_BYTES + 1), "application/json");

			assertThat(atTheLimit.status()).as("a body of %d bytes is within the documented limit", MAX_REQUEST_BYTES)
				.isEqualTo(200);
			assertThat(atTheLimit.<Integer>read("$.data.stats.entities")).isPositive();
			assertThat(beyond.status()).as("a body one byte over the documented limit of %d bytes", MAX_REQUEST_BYTES)
				.isEqualTo(413);
			assertThat(beyond.errorClassifications()).containsExactly("BAD_REQUEST");
		}

		/** A valid request padded with a variable to exactly {@code bytes} bytes of UTF-8. */
		private static String bodyOfSize(int bytes) {
			String head = "{\"query\": \"{ stats { entities } }\", \"variables\": {\"p\": \"";
			String tail = "\"}}";
			String body = head + "x".repeat(bytes - head.length() - tail.length()) + tail;
			assertThat(body.getBytes(java.nio.charset.StandardCharsets.UTF_8)).hasSize(bytes);
			return body;
		}

		@Test
		void oversizedBodyIsRefusedWith413() {
			String padding = "x".repeat(200_000);
			Answer answer = this.send("{\"query\": \"{ stats { entities } }\", \"variables\": {\"p\": \"" + padding + "\"}}",
					"application/json");

			assertThat(answer.status()).isEqualTo(413);
			assertThat(answer.errorClassifications()).containsExactly("BAD_REQUEST");
		}

		private Answer send(String body, String contentType) {
			return HostileInputTests.this.graphQl.send(TestClients.request(HostileInputTests.this.graphQl.uri("/graphql"))
				.header("Content-Type", contentType)
				.header("Accept", "application/graphql-response+json, application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build());
		}

	}

	/** Posts, then checks what every answer must satisfy whatever was asked. */
	private Answer answer(String query, Map<String, ?> variables) {
		Map<String, Object> values = new LinkedHashMap<>(variables);
		Answer answer = this.graphQl.post(query, values);
		assertThat(answer.status()).as(answer.body()).isIn(200, 400, 413);
		assertThat(answer.errorClassifications()).as(answer.body()).allMatch(CLASSIFICATIONS::contains)
			.doesNotContain("INTERNAL_ERROR");
		assertNoLeaks(answer, values.values());
		return answer;
	}

	/** Checks the errors for internals; what the client sent may be echoed back (e.g. an unknown type's name). */
	private static void assertNoLeaks(Answer answer, java.util.Collection<?> sent) {
		String errors = answer.body().contains("\"errors\"") ? plainText(answer.errors()) : answer.body();
		for (Object value : sent) {
			errors = errors.replace(String.valueOf(value), "");
		}
		for (String leak : LEAKS) {
			assertThat(errors).as("leaked '%s' in %s", leak, abbreviate(answer.body())).doesNotContain(leak);
		}
	}

	/** The values of a JSON structure as plain text (JsonPath's own toString escapes quotes and slashes). */
	private static String plainText(Object json) {
		if (json instanceof Map<?, ?> map) {
			return map.entrySet().stream().map((entry) -> entry.getKey() + "=" + plainText(entry.getValue()))
				.collect(Collectors.joining(", ", "{", "}"));
		}
		if (json instanceof List<?> list) {
			return list.stream().map(HostileInputTests::plainText).collect(Collectors.joining(", ", "[", "]"));
		}
		return String.valueOf(json);
	}

	private static String abbreviate(String text) {
		return (text.length() > 600) ? text.substring(0, 600) + "…" : text;
	}

	private Map<String, Object> graphCounts() {
		return this.neo4j.query("""
				MATCH (n) WITH count(n) AS nodes
				MATCH ()-[r]->() WITH nodes, count(r) AS relationships
				MATCH (e:Entity) RETURN nodes, relationships, count(e) AS entities,
				  sum(size(keys(e))) AS properties""").fetch().one().orElseThrow();
	}

}

package com.fintechkg.kg.api;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fintechkg.kg.graph.GraphReads;
import com.fintechkg.kg.support.GraphQlHttp.Answer;
import com.fintechkg.kg.support.GraphQlHttp;
import com.fintechkg.kg.support.KnowledgeGraphTest;
import com.fintechkg.kg.support.StatementCounter;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The relationship query API over real HTTP against the embedded Neo4j holding the bundled seed. */
@KnowledgeGraphTest
class QueryApiTests {

	static final List<String> KINDS = List.of("Institution", "Technology", "Regulation", "Product", "Scenario", "Region",
			"Indicator");

	@Autowired
	GraphQlHttp graphQl;

	@Autowired
	StatementCounter statements;

	@Autowired
	GraphReads reads;

	@Autowired
	org.neo4j.driver.Driver driver;

	Answer ok(String query, Map<String, ?> variables) {
		Answer answer = this.graphQl.post(query, variables);
		assertThat(answer.errors()).as(answer.body()).isEmpty();
		return answer;
	}

	Answer ok(String query) {
		return ok(query, Map.of());
	}

	static String lower(String kind) {
		return Character.toLowerCase(kind.charAt(0)) + kind.substring(1);
	}

	static String plural(String kind) {
		return kind.equals("Technology") ? "technologies" : lower(kind) + "s";
	}

	@Nested
	class Lookups {

		@Test
		void shouldLookUpEachKindByItsTypedFieldAndNotAcrossKinds() {
			for (String kind : KINDS) {
				List<String> ids = ok("{ %s(first: 1) { edges { node { id } } } }".formatted(plural(kind)))
					.read("$.data.%s.edges[*].node.id".formatted(plural(kind)));
				assertThat(ids).as("the seed has %s entities", kind).hasSize(1);
				String id = ids.getFirst();
				Answer answer = ok("query ($id: ID!) { typed: %s(id: $id) { __typename id } any: entity(id: $id) { __typename } }"
					.formatted(lower(kind)), Map.of("id", id));
				assertThat(answer.<String>read("$.data.typed.__typename")).isEqualTo(kind);
				assertThat(answer.<String>read("$.data.any.__typename")).isEqualTo(kind);
				String other = kind.equals("Institution") ? "technology" : "institution";
				assertThat(ok("query ($id: ID!) { x: %s(id: $id) { id } }".formatted(other), Map.of("id", id))
					.<Object>read("$.data.x")).isNull();
			}
		}

		@Test
		void shouldAnswerNullAndEmptyListsForUnknownIds() {
			Answer answer = ok("""
					{ entity(id: "nope") { id } institution(id: "nope") { id }
					  shortestPath(from: "nope", to: "icbc") { length }
					  paths(from: "icbc", to: "nope") { length }
					  neighborhood(id: "nope") { nodes { id } relations { id } truncated }
					  relations(where: {entity: {eq: "nope"}}) { totalCount edges { cursor } } }
					""");

			assertThat(answer.<Object>read("$.data.entity")).isNull();
			assertThat(answer.<Object>read("$.data.institution")).isNull();
			assertThat(answer.<Object>read("$.data.shortestPath")).isNull();
			assertThat(answer.<List<?>>read("$.data.paths")).isEmpty();
			assertThat(answer.<List<?>>read("$.data.neighborhood.nodes")).isEmpty();
			assertThat(answer.<Integer>read("$.data.relations.totalCount")).isZero();
		}

		@Test
		void shouldServeIndicatorsWithTheirFigures() {
			Answer answer = ok("{ indicators(first: 100) { edges { node { id value unit period source { id } measures { id } } } } }");

			List<Map<String, Object>> nodes = answer.read("$.data.indicators.edges[*].node");
			assertThat(nodes).isNotEmpty().allSatisfy((node) -> {
				assertThat(node.get("value")).isInstanceOf(Number.class);
				assertThat((String) node.get("unit")).isNotBlank();
				assertThat((String) node.get("period")).isNotBlank();
			});
			assertThat(nodes).anySatisfy((node) -> assertThat((List<?>) node.get("source")).isNotEmpty());
			assertThat(nodes).anySatisfy((node) -> assertThat((List<?>) node.get("measures")).isNotEmpty());
		}

	}

	@Nested
	class Lists {

		@Test
		void shouldCountEachKindAsStatsDo() {
			Map<String, Object> byKind = new java.util.HashMap<>();
			List<Map<String, Object>> counts = ok("{ stats { byKind { kind count } } }").read("$.data.stats.byKind");
			counts.forEach((count) -> byKind.put((String) count.get("kind"), count.get("count")));
			for (String kind : KINDS) {
				Answer answer = ok("{ %s(first: 3) { totalCount edges { node { __typename } } } }".formatted(plural(kind)));
				assertThat(answer.<Integer>read("$.data.%s.totalCount".formatted(plural(kind))))
					.isEqualTo(byKind.get(kind.toUpperCase()));
				assertThat(answer.<List<String>>read("$.data.%s.edges[*].node.__typename".formatted(plural(kind))))
					.allMatch(kind::equals);
			}
		}

		@ParameterizedTest
		@ValueSource(strings = { "[{field: ID}]", "[{field: NAME, direction: DESC}]", "[{field: KIND}, {field: NAME_ZH}]",
				"[{field: CATEGORY, direction: DESC}, {field: NAME}]" })
		void shouldVisitEveryEntityExactlyOnceInAnyOrder(String orderBy) {
			int total = ok("{ entities(first: 0) { totalCount } }").read("$.data.entities.totalCount");
			List<String> seen = new ArrayList<>();
			String after = null;
			boolean more = true;
			while (more) {
				Answer page = ok("query ($after: String) { entities(first: 37, after: $after, orderBy: %s) { edges { node { id } } pageInfo { hasNextPage endCursor } } }"
					.formatted(orderBy), (after != null) ? Map.of("after", after) : Map.of());
				seen.addAll(page.read("$.data.entities.edges[*].node.id"));
				more = page.read("$.data.entities.pageInfo.hasNextPage");
				after = page.read("$.data.entities.pageInfo.endCursor");
			}
			assertThat(new HashSet<>(seen)).hasSize(seen.size());
			assertThat(seen).hasSize(total);
		}

		@Test
		void shouldSortByNameDescending() {
			List<String> names = ok("{ institutions(first: 100, orderBy: [{field: NAME, direction: DESC}]) { edges { node { name } } } }")
				.read("$.data.institutions.edges[*].node.name");
			assertThat(names).isSortedAccordingTo(java.util.Comparator.reverseOrder());
		}

		@Test
		void shouldSortIndicatorsByValue() {
			List<Number> values = ok("{ indicators(first: 100, orderBy: [{field: VALUE}]) { edges { node { value } } } }")
				.read("$.data.indicators.edges[*].node.value");
			assertThat(values.stream().map(Number::doubleValue).toList()).isSorted();
		}

		@Test
		void shouldRejectACursorFromAnotherOrder() {
			String cursor = ok("{ entities(first: 1, orderBy: [{field: NAME}]) { pageInfo { endCursor } } }")
				.read("$.data.entities.pageInfo.endCursor");

			Answer answer = this.outer().graphQl.post("query ($after: String) { entities(after: $after, orderBy: [{field: KIND}, {field: NAME}]) { totalCount } }",
					Map.of("after", cursor));

			assertThat(answer.errorClassifications()).contains("BAD_REQUEST");
		}

		QueryApiTests outer() {
			return QueryApiTests.this;
		}

	}

	@Nested
	class Filters {

		List<String> ids(String where) {
			return ok("{ entities(first: 100, where: %s) { edges { node { id } } } }".formatted(where))
				.read("$.data.entities.edges[*].node.id");
		}

		@Test
		void shouldFilterWithEveryStringOperator() {
			assertThat(ids("{name: {eq: \"Industrial and Commercial Bank of China\"}}")).containsExactly("icbc");
			assertThat(ids("{nameZh: {in: [\"工商银行\", \"农业银行\"]}}")).containsExactlyInAnyOrder("icbc", "abc");
			assertThat(ids("{name: {contains: \"COMMERCIAL BANK\"}}")).contains("icbc");
			assertThat(ids("{nameZh: {startsWith: \"工商\"}}")).contains("icbc");
			assertThat(ids("{alias: {eq: \"工行\"}}")).containsExactly("icbc");
			assertThat(ids("{alias: {contains: \"icb\"}}")).contains("icbc");
			assertThat(ids("{description: {contains: \"state-owned\"}}")).contains("icbc");
		}

		@Test
		void shouldFilterByIdKindAndCategory() {
			assertThat(ids("{id: {in: [\"icbc\", \"large-model\", \"nope\"]}}")).containsExactlyInAnyOrder("icbc", "large-model");
			assertThat(ids("{id: {eq: \"icbc\"}, kind: {eq: TECHNOLOGY}}")).isEmpty();
			assertThat(ids("{kind: {in: [TECHNOLOGY]}, id: {eq: \"large-model\"}}")).containsExactly("large-model");
			assertThat(ids("{category: {eq: \"bank\"}}")).contains("icbc", "abc").doesNotContain("large-model");
		}

		@Test
		void shouldCombineWithAndOrNot() {
			assertThat(ids("{OR: [{id: {eq: \"icbc\"}}, {id: {eq: \"abc\"}}]}")).containsExactlyInAnyOrder("icbc", "abc");
			assertThat(ids("{AND: [{category: {eq: \"bank\"}}, {NOT: {id: {eq: \"icbc\"}}}]}")).contains("abc").doesNotContain("icbc");
			assertThat(ids("{NOT: {kind: {in: [INSTITUTION, TECHNOLOGY, REGULATION, PRODUCT, SCENARIO, REGION, RISK, EVENT]}}}"))
				.isNotEmpty()
				.allMatch((id) -> ok("query ($id: ID!) { indicator(id: $id) { id } }", Map.of("id", id))
					.read("$.data.indicator") != null);
		}

		@Test
		void shouldFilterNumbersWithRanges() {
			List<Number> values = ok("{ indicators(first: 100, where: {value: {gte: 10, lte: 1000}}) { edges { node { value } } } }")
				.read("$.data.indicators.edges[*].node.value");
			assertThat(values).isNotEmpty().allSatisfy((value) -> assertThat(value.doubleValue()).isBetween(10.0, 1000.0));
		}

		@Test
		void shouldFilterRelationsByTypeDateAndQuote() {
			Answer answer = ok("""
					{ relations(first: 100, where: {type: {eq: "RELEASED"}, date: {gte: "2023-03", lte: "2023-12"}}) {
					    edges { node { type date } } } }
					""");
			List<Map<String, Object>> nodes = answer.read("$.data.relations.edges[*].node");
			assertThat(nodes).isNotEmpty().allSatisfy((node) -> {
				assertThat(node.get("type")).isEqualTo("RELEASED");
				assertThat((String) node.get("date")).isBetween("2023-03", "2023-12-31");
			});
			List<String> quotes = ok("{ relations(first: 100, where: {quote: {contains: \"昇腾\"}}) { edges { node { quote } } } }")
				.read("$.data.relations.edges[*].node.quote");
			assertThat(quotes).isNotEmpty().allMatch((quote) -> quote.contains("昇腾"));
			List<Map<String, Map<String, String>>> ends = ok("{ relations(first: 100, where: {entity: {eq: \"icbc\"}, NOT: {fromKind: {eq: INDICATOR}}}) { edges { node { from { id kind } to { id } } } } }")
				.read("$.data.relations.edges[*].node");
			assertThat(ends).isNotEmpty().allSatisfy((relation) -> {
				assertThat(List.of(relation.get("from").get("id"), relation.get("to").get("id"))).contains("icbc");
				assertThat(relation.get("from").get("kind")).isNotEqualTo("INDICATOR");
			});
		}

		@Test
		void shouldPageThroughAllRelationsOnce() {
			int total = ok("{ relations(first: 0) { totalCount } }").read("$.data.relations.totalCount");
			Set<String> seen = new HashSet<>();
			String after = null;
			int pages = 0;
			boolean more = true;
			while (more) {
				Answer page = ok("query ($after: String) { relations(first: 100, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }",
						(after != null) ? Map.of("after", after) : Map.of());
				List<String> ids = page.read("$.data.relations.edges[*].node.id");
				ids.forEach((id) -> assertThat(seen.add(id)).as("visited once: " + id).isTrue());
				more = page.read("$.data.relations.pageInfo.hasNextPage");
				after = page.read("$.data.relations.pageInfo.endCursor");
				pages++;
			}
			assertThat(seen).hasSize(total);
			assertThat(pages).isGreaterThanOrEqualTo(1);
		}

	}

	@Nested
	class Search {

		@ParameterizedTest
		@CsvSource({ "昇腾, ascend-ai", "Ascend, ascend-ai", "工行, icbc", "ICBC, icbc", "大模型, large-model",
				"large model, large-model", "digital RMB, digital-rmb", "数字人民币, digital-rmb", "农行, abc" })
		void shouldFindTheRightEntityFirst(String query, String expected) {
			List<String> ids = ok("query ($q: String!) { search(query: $q) { entity { id } score matched } }", Map.of("q", query))
				.read("$.data.search[*].entity.id");

			assertThat(ids).isNotEmpty();
			assertThat(ids.getFirst()).isEqualTo(expected);
		}

		@Test
		void shouldRankByScoreAndSayWhatMatched() {
			Answer answer = ok("{ search(query: \"银行\", first: 20) { entity { id } score matched } }");
			List<Number> scores = answer.read("$.data.search[*].score");
			assertThat(scores.stream().map(Number::doubleValue).toList()).isSortedAccordingTo(java.util.Comparator.reverseOrder());
			assertThat(answer.<List<String>>read("$.data.search[*].matched")).anyMatch((text) -> text != null && text.contains("银行"));
		}

		@Test
		void shouldFilterByKind() {
			List<String> types = ok("{ search(query: \"大模型\", kinds: [PRODUCT], first: 20) { entity { __typename } } }")
				.read("$.data.search[*].entity.__typename");
			assertThat(types).isNotEmpty().allMatch("Product"::equals);
		}

		@ParameterizedTest
		@ValueSource(strings = { "(ICBC", "\"large model", "AND OR NOT", "*", "工行) OR (1=1", "a:b", "\\", "银" })
		void shouldTreatQuerySyntaxAsPlainText(String query) {
			List<String> ids = ok("query ($q: String!) { search(query: $q) { entity { id } } }", Map.of("q", query))
				.read("$.data.search[*].entity.id");

			assertThat(ids).doesNotHaveDuplicates();
			if (query.equals("银")) {
				assertThat(ids).as("a plain word among them still finds what holds it").isNotEmpty();
			}
		}

		@Test
		void shouldRejectAnOverlongQuery() {
			Answer answer = QueryApiTests.this.graphQl.post("query ($q: String!) { search(query: $q) { score } }", Map.of("q", "大".repeat(201)));
			assertThat(answer.errorClassifications()).containsExactly("BAD_REQUEST");
		}

	}

	@Nested
	class Traversal {

		@Test
		void shouldFindAShortestPathWithACitationOnEveryHop() {
			Answer answer = ok("""
					{ shortestPath(from: "icbc", to: "ascend-ai") { length nodes { id }
					    relations { type from { id } to { id } quote section source { id } } } }
					""");
			int length = answer.read("$.data.shortestPath.length");
			assertThat(length).isBetween(1, 4);
			assertThat(answer.<List<String>>read("$.data.shortestPath.nodes[*].id")).startsWith("icbc").endsWith("ascend-ai")
				.hasSize(length + 1);
			assertThat(answer.<List<String>>read("$.data.shortestPath.relations[*].quote")).hasSize(length)
				.allMatch((quote) -> !quote.isBlank());
		}

		@Test
		void shouldFollowOnlyTheGivenRelationTypes() {
			Answer answer = ok("""
					{ only: shortestPath(from: "icbc", to: "ascend-ai", relationTypes: ["RELEASED", "BASED_ON"]) { relations { type } }
					  none: shortestPath(from: "icbc", to: "ascend-ai", relationTypes: ["MEMBER_OF"]) { length } }
					""");
			assertThat(answer.<List<String>>read("$.data.only.relations[*].type")).containsOnly("RELEASED", "BASED_ON");
			assertThat(answer.<Object>read("$.data.none")).isNull();
		}

		@Test
		void shouldListSeveralPathsShortestFirst() {
			List<Integer> lengths = ok("{ paths(from: \"icbc\", to: \"large-model\", maxHops: 3, first: 5) { length relations { id } } }")
				.read("$.data.paths[*].length");
			assertThat(lengths).isNotEmpty().isSorted();
			assertThat(lengths.getFirst()).isEqualTo(2);
		}

		@Test
		void shouldDrawANeighbourhoodNearestFirst() {
			Answer one = ok("{ neighborhood(id: \"icbc\") { nodes { id } relations { from { id } to { id } } truncated } }");
			List<String> nodes = one.read("$.data.neighborhood.nodes[*].id");
			assertThat(nodes.getFirst()).isEqualTo("icbc");
			assertThat(nodes).contains("icbc-financial-llm").doesNotContain("ascend-ai");
			List<Map<String, Map<String, String>>> relations = one.read("$.data.neighborhood.relations");
			assertThat(relations).allSatisfy((relation) -> assertThat(nodes).contains(relation.get("from").get("id"),
					relation.get("to").get("id")));

			List<String> two = ok("{ neighborhood(id: \"icbc\", depth: 2, limit: 1000) { nodes { id } } }")
				.read("$.data.neighborhood.nodes[*].id");
			assertThat(two).contains("icbc-financial-llm", "ascend-ai", "large-model");
		}

		@ParameterizedTest
		@CsvSource({ "icbc,1", "icbc,2", "icbc,3", "large-model,2", "ascend-ai,3" })
		void shouldHoldEveryEntityWithinTheDepthNearestFirstAndEveryRelationAmongThem(String centre, int depth) {
			Answer answer = ok("{ neighborhood(id: \"" + centre + "\", depth: " + depth
					+ ", limit: 1000) { truncated nodes { id } relations { id } } }");
			List<String> nodes = answer.read("$.data.neighborhood.nodes[*].id");
			List<String> relations = answer.read("$.data.neighborhood.relations[*].id");
			assertThat(answer.<Boolean>read("$.data.neighborhood.truncated")).isFalse();

			// The same question asked independently: each entity's distance from the centre, then the relations
			// among them.
			Map<String, Integer> distance = new java.util.HashMap<>();
			this.withDriver((session) -> session.run("""
					MATCH p = SHORTEST 1 (c:Entity {id: $centre})-[*0..%d]-(n:Entity)
					RETURN n.id AS id, length(p) AS distance""".formatted(depth), Map.of("centre", centre))
				.forEachRemaining((row) -> distance.put(row.get("id").asString(), row.get("distance").asInt())));
			assertThat(nodes).containsExactlyInAnyOrderElementsOf(distance.keySet());
			List<String> nearestFirst = distance.keySet().stream()
				.sorted(java.util.Comparator.<String, Integer>comparing(distance::get).thenComparing(java.util.Comparator.naturalOrder()))
				.toList();
			assertThat(nodes).containsExactlyElementsOf(nearestFirst);
			List<String> among = new ArrayList<>();
			this.withDriver((session) -> session.run("""
					MATCH (a:Entity)-[r]->(b:Entity) WHERE a.id IN $ids AND b.id IN $ids RETURN r.id AS id""",
					Map.of("ids", nodes)).forEachRemaining((row) -> among.add(row.get("id").asString())));
			assertThat(relations).containsExactlyInAnyOrderElementsOf(among);
		}

		private void withDriver(java.util.function.Consumer<org.neo4j.driver.Session> work) {
			try (org.neo4j.driver.Session session = QueryApiTests.this.driver.session()) {
				work.accept(session);
			}
		}

		@Test
		void shouldSayWhenTheLimitCutTheNeighbourhoodShort() {
			Answer answer = ok("{ neighborhood(id: \"large-model\", depth: 2, limit: 2) { nodes { id } truncated } }");
			assertThat(answer.<List<String>>read("$.data.neighborhood.nodes")).hasSize(3);
			assertThat(answer.<Boolean>read("$.data.neighborhood.truncated")).isTrue();
		}

		@Test
		void shouldFilterTheNeighbourhoodByKindAndType() {
			List<String> types = ok("{ neighborhood(id: \"large-model\", depth: 1, kinds: [PRODUCT]) { nodes { __typename } } }")
				.read("$.data.neighborhood.nodes[*].__typename");
			assertThat(types.subList(1, types.size())).isNotEmpty().allMatch("Product"::equals);
			List<String> relationTypes = ok("{ neighborhood(id: \"large-model\", depth: 2, relationTypes: [\"APPLIED_TO\"]) { relations { type } } }")
				.read("$.data.neighborhood.relations[*].type");
			assertThat(relationTypes).isNotEmpty().allMatch("APPLIED_TO"::equals);
		}

	}

	@Nested
	class TypedRelations {

		@Test
		void shouldAnswerTheDesignCardQuestionInOneQuery() {
			Answer answer = ok("""
					{ institution(id: "icbc") { products { id
					    basedOn { id } appliedTo { id }
					    releasedByConnection { edges { node { id } properties { type date quote section source { id } } } } } } }
					""");
			List<Map<String, Object>> products = answer.read("$.data.institution.products[?(@.id == 'icbc-financial-llm')]");
			assertThat(products).hasSize(1);
			assertThat(answer.<List<String>>read("$.data.institution.products[?(@.id == 'icbc-financial-llm')].basedOn[*].id"))
				.contains("ascend-ai", "large-model");
			assertThat(answer.<List<String>>read("$.data.institution.products[?(@.id == 'icbc-financial-llm')].appliedTo[*].id"))
				.contains("knowledge-operations-assistant", "market-research-assistant");
			assertThat(answer.<List<String>>read("$.data.institution.products[?(@.id == 'icbc-financial-llm')].releasedByConnection.edges[*].properties.date"))
				.contains("2023-03");
		}

		@Test
		void shouldCarryRelationPropertiesOnConnectionEdgesAndPage() {
			Answer first = ok("{ technology(id: \"large-model\") { usedByConnection(first: 2) { totalCount edges { cursor node { id } properties { type quote } } pageInfo { hasNextPage endCursor } } } }");
			int total = first.read("$.data.technology.usedByConnection.totalCount");
			assertThat(total).isGreaterThanOrEqualTo(2);
			assertThat(first.<List<String>>read("$.data.technology.usedByConnection.edges[*].properties.type"))
				.allMatch(List.of("USES", "DEVELOPS", "BASED_ON", "INSTANCE_OF")::contains);
			Set<String> seen = new HashSet<>(first.<List<String>>read("$.data.technology.usedByConnection.edges[*].cursor"));
			String after = first.read("$.data.technology.usedByConnection.pageInfo.endCursor");
			boolean more = first.read("$.data.technology.usedByConnection.pageInfo.hasNextPage");
			while (more) {
				Answer page = ok("query ($after: String) { technology(id: \"large-model\") { usedByConnection(first: 2, after: $after) { edges { cursor } pageInfo { hasNextPage endCursor } } } }",
						Map.of("after", after));
				page.<List<String>>read("$.data.technology.usedByConnection.edges[*].cursor")
					.forEach((cursor) -> assertThat(seen.add(cursor)).isTrue());
				after = page.read("$.data.technology.usedByConnection.pageInfo.endCursor");
				more = page.read("$.data.technology.usedByConnection.pageInfo.hasNextPage");
			}
			assertThat(seen).hasSize(total);
		}

		@Test
		void shouldFilterRelatedEntitiesAndEdges() {
			List<String> products = ok("{ technology(id: \"large-model\") { instances(where: {nameZh: {contains: \"Chat\"}}) { name } } }")
				.read("$.data.technology.instances[*].name");
			assertThat(products).isNotEmpty().allMatch((name) -> name.toLowerCase().contains("chat"));
			List<String> dates = ok("{ institution(id: \"icbc\") { productsConnection(edge: {date: {startsWith: \"2023\"}}) { edges { properties { date } } } } }")
				.read("$.data.institution.productsConnection.edges[*].properties.date");
			assertThat(dates).isNotEmpty().allMatch((date) -> date.startsWith("2023"));
		}

	}

	@Nested
	class Statistics {

		@Test
		void shouldCountKindsAndTypesConsistently() {
			Answer answer = ok("{ stats { entities relations byKind { count } byRelationType { type count } mostConnected(first: 5) { entity { id } degree } seed { version } } relationTypes { name count from to description } }");
			int entities = answer.read("$.data.stats.entities");
			int relations = answer.read("$.data.stats.relations");
			assertThat(answer.<List<Integer>>read("$.data.stats.byKind[*].count").stream().mapToInt(Integer::intValue).sum())
				.isEqualTo(entities);
			assertThat(answer.<List<Integer>>read("$.data.stats.byRelationType[*].count").stream().mapToInt(Integer::intValue).sum())
				.isEqualTo(relations);
			assertThat(answer.<List<Integer>>read("$.data.relationTypes[*].count").stream().mapToInt(Integer::intValue).sum())
				.isEqualTo(relations);
			assertThat(answer.<List<Integer>>read("$.data.stats.mostConnected[*].degree")).hasSize(5)
				.isSortedAccordingTo(java.util.Comparator.reverseOrder());
			assertThat(answer.<String>read("$.data.stats.seed.version")).isNotBlank();
		}

	}

	/**
	 * Round trips per request. Sources are held in memory after their first use (one statement per JVM, not per
	 * request), so each test warms that catalog first.
	 */
	@Nested
	class RoundTrips {

		@org.junit.jupiter.api.BeforeEach
		void warmSourceCatalog() {
			ok("{ sources { id } }");
		}

		@Test
		void shouldRunOneStatementPerLevelHoweverWideTheQuery() {
			String query = """
					{ entities(first: 100) { edges { node { id
					    relations(first: 50) { type to { id
					      relations(first: 50) { type to { id
					        relations(first: 50) { type quote source { id } to { id name citations { quote source { title } } } } } } } } } } } }
					""";
			QueryApiTests.this.statements.reset();
			Answer answer = ok(query);
			int executed = QueryApiTests.this.statements.count();

			assertThat(executed).as("statements for a query three levels deep below the root").isLessThanOrEqualTo(4);
			assertThat(answer.<List<?>>read("$.data.entities.edges")).hasSizeGreaterThan(50);
			assertThat(answer.<List<?>>read("$.data.entities.edges[*].node.relations[*].to.relations[*].to.relations[*]"))
				.hasSizeGreaterThan(100);
		}

		@Test
		void shouldBatchTypedRelationFieldsToo() {
			String query = """
					{ institutions(first: 100) { edges { node { id
					    productsConnection { edges { properties { quote } node { id
					      basedOn { id
					        ... on Technology { appliedTo { id name } } } } } } } } } }
					""";
			QueryApiTests.this.statements.reset();
			ok(query);
			assertThat(QueryApiTests.this.statements.count()).isLessThanOrEqualTo(4);
		}

	}

	/**
	 * Transactions per request: every statement of one query shares one read transaction (from the first request
	 * of an operation text on, over POST and GET), and a neighbourhood is one statement.
	 */
	@Nested
	class OneTransactionPerRequest {

		/** Two root fields: at least two statements on either path (the driver path reads each in one). */
		private static final String NESTED = """
				query Nested($id: ID!) { institution(id: $id) { name
				  productsConnection(edge: {type: {eq: "RELEASED"}}) { totalCount edges { properties { date quote } node { name
				    appliedTo { name } basedOn { name ... on Technology { appliedTo { name } } } } } } }
				  technology(id: "large-model") { name appliedTo { name } } }
				""";

		@Test
		void shouldRunEveryStatementOfAQueryInOneTransaction() {
			Map<String, Object> variables = Map.of("id", "icbc");
			Answer first = QueryApiTests.this.graphQl.post(NESTED, variables);
			QueryApiTests.this.statements.reset();
			Answer again = QueryApiTests.this.graphQl.post(NESTED, variables);

			assertThat(QueryApiTests.this.statements.count()).as("statements").isGreaterThanOrEqualTo(2);
			assertThat(QueryApiTests.this.statements.transactions()).as("transactions").isEqualTo(1);
			assertThat(again.body()).isEqualTo(first.body());
			assertThat(again.<List<?>>read("$.data.institution.productsConnection.edges[*].node.basedOn[*]")).isNotEmpty();
		}

		@Test
		void shouldRunTheFirstRequestOfANewOperationInOneTransaction() {
			String unseen = "# a text no request has sent before: " + UUID.randomUUID() + "\n" + NESTED;
			QueryApiTests.this.statements.reset();
			Answer first = QueryApiTests.this.graphQl.post(unseen, Map.of("id", "icbc"));

			assertThat(first.errors()).as(first.body()).isEmpty();
			assertThat(QueryApiTests.this.statements.count()).as("statements").isGreaterThanOrEqualTo(2);
			assertThat(QueryApiTests.this.statements.transactions()).as("transactions").isEqualTo(1);
		}

		@Test
		void shouldRunTheFirstGetRequestOfANewOperationInOneTransaction() {
			String unseen = "{ first_%s: institution(id: \"icbc\") { name products { name basedOn { name } } } technology(id: \"large-model\") { name } }"
				.formatted(UUID.randomUUID().toString().replace('-', '_'));
			QueryApiTests.this.statements.reset();
			Answer first = QueryApiTests.this.graphQl.get(unseen);

			assertThat(first.errors()).as(first.body()).isEmpty();
			assertThat(QueryApiTests.this.statements.count()).as("statements").isGreaterThanOrEqualTo(2);
			// a GET also reads the graph's version for its ETag (caching.GraphVersion), in a transaction of its own
			long versionReads = QueryApiTests.this.statements.statements()
				.stream()
				.filter((statement) -> statement.text().contains("MATCH (c:Change) RETURN count(c)"))
				.count();
			assertThat(versionReads).as("graph version reads").isEqualTo(1);
			assertThat(QueryApiTests.this.statements.transactions()).as("transactions").isEqualTo(1 + versionReads);
		}

		@Test
		void shouldRunEveryStatementOnTheConfiguredReadPath() {
			QueryApiTests.this.graphQl.post(NESTED, Map.of("id", "icbc"));
			QueryApiTests.this.statements.reset();
			QueryApiTests.this.graphQl.post(NESTED, Map.of("id", "icbc"));

			int statements = QueryApiTests.this.statements.count();
			assertThat(statements).isGreaterThanOrEqualTo(2);
			if (QueryApiTests.this.reads.inProcess()) {
				assertThat(QueryApiTests.this.statements.inProcess()).as("in-process statements").isEqualTo(statements);
			}
			else {
				assertThat(QueryApiTests.this.statements.overBolt()).as("statements over Bolt").isEqualTo(statements);
			}
		}

		@Test
		void shouldBeginNoTransactionInProcessForAQueryThatReadsNothing() {
			assumeTrue(QueryApiTests.this.reads.inProcess(), "the in-process transaction begins lazily");
			ok("{ __typename }");
			QueryApiTests.this.statements.reset();
			ok("{ __typename }");

			assertThat(QueryApiTests.this.statements.transactions()).isZero();
		}

		@Test
		void shouldAnswerANeighbourhoodWithOneStatement() {
			String query = "{ neighborhood(id: \"large-model\", depth: 2, limit: 60) { truncated nodes { id } relations { id from { id } to { id } } } }";
			ok(query);
			QueryApiTests.this.statements.reset();
			Answer answer = ok(query);

			assertThat(QueryApiTests.this.statements.count()).isEqualTo(1);
			assertThat(answer.<List<?>>read("$.data.neighborhood.nodes")).hasSize(61);
			assertThat(answer.<Boolean>read("$.data.neighborhood.truncated")).isTrue();
		}

	}

	/**
	 * A neighbourhood sends only the properties its selection reads; every field selected, wherever the entity
	 * appears in the answer (as a node or as a relation's end), still has the entity's stored value.
	 */
	@Nested
	class SelectedPropertiesOnly {

		@Test
		void shouldAnswerEverySelectedFieldAsTheLookupDoes() {
			Answer answer = ok("""
					{ neighborhood(id: "large-model", depth: 1, limit: 40) {
					  nodes { id name description citations { quote section } ... on Indicator { value unit period } }
					  relations { from { id aliases provenance { origin } } to { id category version } } } }""");

			List<Map<String, Object>> nodes = answer.read("$.data.neighborhood.nodes");
			assertThat(nodes).hasSizeGreaterThan(10);
			for (Map<String, Object> node : nodes) {
				Answer lookup = ok("{ entity(id: \"" + node.get("id") + "\") { id name description "
						+ "citations { quote section } ... on Indicator { value unit period } } }");
				assertThat(node).isEqualTo(lookup.<Map<String, Object>>read("$.data.entity"));
			}
			List<Map<String, Object>> ends = answer.read("$.data.neighborhood.relations[*].from");
			ends.addAll(answer.read("$.data.neighborhood.relations[*].to"));
			assertThat(ends).hasSizeGreaterThan(20);
			for (Map<String, Object> end : ends) {
				String fields = end.containsKey("aliases") ? "id aliases provenance { origin }" : "id category version";
				Answer lookup = ok("{ entity(id: \"" + end.get("id") + "\") { " + fields + " } }");
				assertThat(end).isEqualTo(lookup.<Map<String, Object>>read("$.data.entity"));
			}
		}

		@Test
		void shouldAnswerEverySelectedFieldOfASearchHitAsTheLookupDoes() {
			for (String query : List.of("昇腾", "large model", "银行")) {
				Answer answer = ok("{ search(query: \"" + query + "\", first: 10) { score matched entity { id aliases "
						+ "description citations { quote } provenance { origin } } } }");
				List<Map<String, Object>> hits = answer.read("$.data.search[*].entity");
				assertThat(hits).as(query).isNotEmpty();
				for (Map<String, Object> hit : hits) {
					Answer lookup = ok("{ entity(id: \"" + hit.get("id") + "\") { id aliases description citations { quote } "
							+ "provenance { origin } } }");
					assertThat(hit).isEqualTo(lookup.<Map<String, Object>>read("$.data.entity"));
				}
			}
		}

	}

	@Nested
	class Bounds {

		@ParameterizedTest
		@CsvSource(delimiter = '|', value = {
				"{ entities(first: 101) { edges { cursor } } }|first|0|100",
				"{ institutions(first: -1) { edges { cursor } } }|first|0|100",
				"{ relations(first: 101) { edges { cursor } } }|first|0|100",
				"{ search(query: \"x\", first: 101) { score } }|first|1|100",
				"{ search(query: \"x\", first: 0) { score } }|first|1|100",
				"{ shortestPath(from: \"icbc\", to: \"abc\", maxHops: 7) { length } }|maxHops|1|6",
				"{ shortestPath(from: \"icbc\", to: \"abc\", maxHops: 0) { length } }|maxHops|1|6",
				"{ paths(from: \"icbc\", to: \"abc\", maxHops: 7) { length } }|maxHops|1|6",
				"{ paths(from: \"icbc\", to: \"abc\", first: 101) { length } }|first|1|100",
				"{ neighborhood(id: \"icbc\", depth: 4) { truncated } }|depth|1|3",
				"{ neighborhood(id: \"icbc\", depth: 0) { truncated } }|depth|1|3",
				"{ neighborhood(id: \"icbc\", limit: 1001) { truncated } }|limit|1|1000",
				"{ neighborhood(id: \"icbc\", limit: 0) { truncated } }|limit|1|1000",
				"{ stats { mostConnected(first: 101) { degree } } }|first|1|100",
				"{ entity(id: \"icbc\") { relations(first: 1001) { id } } }|first|0|1000",
				"{ institution(id: \"icbc\") { products(first: 101) { id } } }|first|0|100",
				"{ institution(id: \"icbc\") { productsConnection(first: 101) { totalCount } } }|first|0|100" })
		void shouldRejectOutOfRangeArgumentsNamingArgumentAndRange(String query, String argument, String min, String max) {
			Answer answer = QueryApiTests.this.graphQl.post(query);

			assertThat(answer.errorClassifications()).as(answer.body()).contains("BAD_REQUEST");
			String message = (String) answer.errors().stream()
				.filter((error) -> String.valueOf(error.get("extensions")).contains("BAD_REQUEST"))
				.findFirst().orElseThrow().get("message");
			assertThat(message).contains("'" + argument + "'").contains(min).contains(max);
		}

		@Test
		void shouldRejectUnknownRelationshipTypesListingTheKnownOnes() {
			Answer answer = QueryApiTests.this.graphQl.post("{ neighborhood(id: \"icbc\", relationTypes: [\"LIKES\"]) { truncated } }");

			assertThat(answer.errorClassifications()).containsExactly("BAD_REQUEST");
			assertThat((String) answer.errors().getFirst().get("message")).contains("LIKES").contains("RELEASED");
		}

	}

	/** A fact the text states in several places keeps every passage, on every way a relation is read. */
	@Nested
	class Citations {

		static final String ID = "large-model:APPLIED_TO:risk-control";

		static final List<String> QUOTES = List.of("当前，金融业大模型多以智能助手、人机协同等形式赋能智能客服、智能风控等环节",
				"二是探索通过大模型挖掘数据要素价值，实现风控效能倍增。");

		@Test
		void shouldReadEveryCitationOfAMultiCitationRelationInOrderWhereverItIsRead() {
			Answer answer = ok("""
					query ($id: ID!) {
					  relations(first: 5, where: {id: {eq: $id}}) {
					    edges { node { quote section source { id } citations { section quote source { id } } } } }
					  technology(id: "large-model") {
					    appliedToConnection(first: 100) { edges { node { id } properties { id quote citations { section quote } } } }
					    relations(direction: OUTGOING, types: ["APPLIED_TO"]) { id other { id } citations { section quote } }
					  }
					}""", Map.of("id", ID));

			assertThat(answer.<List<String>>read("$.data.relations.edges[0].node.citations[*].quote"))
				.containsExactlyElementsOf(QUOTES);
			assertThat(answer.<List<String>>read("$.data.relations.edges[0].node.citations[*].section"))
				.containsExactly("3.2.1", "4.2.2");
			assertThat(answer.<List<String>>read("$.data.relations.edges[0].node.citations[*].source.id"))
				.containsExactly("caict-fintech-2023", "caict-fintech-2023");
			assertThat(answer.<String>read("$.data.relations.edges[0].node.quote")).as("the first citation")
				.isEqualTo(QUOTES.getFirst());
			assertThat(answer.<String>read("$.data.relations.edges[0].node.section")).isEqualTo("3.2.1");
			assertThat(answer.<List<String>>read(
					"$.data.technology.appliedToConnection.edges[?(@.node.id == 'risk-control')].properties.citations[*].quote"))
				.containsExactlyElementsOf(QUOTES);
			assertThat(answer.<List<String>>read(
					"$.data.technology.relations[?(@.id == '" + ID + "')].citations[*].quote"))
				.containsExactlyElementsOf(QUOTES);
		}

		@Test
		void shouldMatchAQuoteOrSectionFilterOnAnyCitation() {
			List<String> bySecond = ok("""
					{ relations(first: 100, where: {quote: {contains: "风控效能倍增"}}) { edges { node { id } } } }""")
				.read("$.data.relations.edges[*].node.id");
			assertThat(bySecond).contains(ID);
			List<String> bySection = ok("""
					{ relations(first: 100, where: {section: {eq: "4.2.2"}, type: {eq: "APPLIED_TO"}, from: {eq: "large-model"}}) {
					    edges { node { id } } } }""")
				.read("$.data.relations.edges[*].node.id");
			assertThat(bySection).containsExactly(ID);
			List<String> none = ok("""
					{ relations(first: 100, where: {id: {eq: "large-model:APPLIED_TO:risk-control"}, NOT: {section: {eq: "4.2.2"}}}) {
					    edges { node { id } } } }""")
				.read("$.data.relations.edges[*].node.id");
			assertThat(none).isEmpty();
		}

		@Test
		void shouldFilterOnTheRoleWhichNoSeededRelationOutsideMarketForCarries() {
			List<String> withRole = ok("""
					{ relations(first: 100, where: {role: {startsWith: ""}, NOT: {type: {eq: "MARKET_FOR"}}}) { edges { node { id role } } } }""")
				.read("$.data.relations.edges[*].node.id");
			assertThat(withRole).isEmpty();
			List<Object> roles = ok("{ relations(first: 100, where: {type: {eq: \"APPLIED_TO\"}}) { edges { node { role } } } }")
				.read("$.data.relations.edges[*].node.role");
			assertThat(roles).isNotEmpty().containsOnlyNulls();
		}

	}

}

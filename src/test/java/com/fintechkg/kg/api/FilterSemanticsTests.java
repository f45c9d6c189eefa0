package com.fintechkg.kg.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import com.fintechkg.kg.support.GraphQlHttp;
import com.fintechkg.kg.support.GraphQlHttp.Answer;
import com.fintechkg.kg.support.KnowledgeGraphTest;
import graphql.language.ArrayValue;
import graphql.language.Directive;
import graphql.language.EnumValue;
import graphql.language.FieldDefinition;
import graphql.language.ListType;
import graphql.language.NonNullType;
import graphql.language.ObjectTypeDefinition;
import graphql.language.StringValue;
import graphql.language.Type;
import graphql.language.TypeName;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the API's filters, orders, cursors and relation directions mean, each answer compared with the same
 * question asked of the database in plain Cypher written here (not the service's), over every page. Each
 * expected answer is checked to be non-empty and to leave something out, so a filter that matched nothing or
 * everything could not pass by accident.
 */
@KnowledgeGraphTest
class FilterSemanticsTests {

	@Autowired
	GraphQlHttp graphQl;

	@Autowired
	Neo4jClient neo4j;

	Answer ok(String query, Map<String, ?> variables) {
		Answer answer = this.graphQl.post(query, variables);
		assertThat(answer.errors()).as(answer.body()).isEmpty();
		return answer;
	}

	List<String> cypherIds(String cypher, Map<String, Object> parameters) {
		return new ArrayList<>(this.neo4j.query(cypher).bindAll(parameters).fetchAs(String.class).all());
	}

	long count(String cypher) {
		return this.neo4j.query(cypher).fetchAs(Long.class).one().orElseThrow();
	}

	/** Every page of {@code field(where: ...)} in order, checking that {@code totalCount} agrees on each page. */
	List<String> allPages(String field, String arguments, String idPath) {
		List<String> ids = new ArrayList<>();
		String after = null;
		Integer total = null;
		for (int page = 0; page < 100; page++) {
			Answer answer = ok("query ($after: String) { result: %s(first: 50, after: $after%s) { totalCount edges { cursor node { %s } } pageInfo { hasNextPage endCursor } } }"
				.formatted(field, arguments.isEmpty() ? "" : ", " + arguments, idPath), (after != null) ? Map.of("after", after) : Map.of());
			int pageTotal = answer.read("$.data.result.totalCount");
			assertThat(total == null || total == pageTotal).as("totalCount is the same on every page").isTrue();
			total = pageTotal;
			ids.addAll(answer.<List<String>>read("$.data.result.edges[*].node.id"));
			if (!answer.<Boolean>read("$.data.result.pageInfo.hasNextPage")) {
				assertThat(ids).as("totalCount").hasSize(total);
				return ids;
			}
			after = answer.read("$.data.result.pageInfo.endCursor");
		}
		throw new AssertionError("more than 100 pages of " + field);
	}

	/** Guards an expected answer: it holds something, and not everything. */
	static void filters(List<String> expected, long all, String what) {
		assertThat(expected).as("the independent answer to %s is not empty", what).isNotEmpty();
		assertThat((long) expected.size()).as("the independent answer to %s leaves something out", what).isLessThan(all);
	}

	@Nested
	class EntityFilters {

		/** {@code where} on entities | the same condition on {@code e} in plain Cypher. */
		@ParameterizedTest(name = "{0}")
		@CsvSource(delimiter = '|', quoteCharacter = '`', value = {
				"{id: {eq: \"icbc\"}}                              | e.id = 'icbc'",
				"{id: {in: [\"icbc\", \"abc\", \"nope\"]}}         | e.id IN ['icbc', 'abc']",
				"{kind: {eq: REGION}}                              | e:Region",
				"{kind: {in: [REGION, REGULATION]}}                | e:Region OR e:Regulation",
				"{name: {eq: \"Industrial and Commercial Bank of China\"}} | e.name = 'Industrial and Commercial Bank of China'",
				"{name: {in: [\"Agricultural Bank of China\", \"Industrial and Commercial Bank of China\"]}} | e.id IN ['icbc', 'abc']",
				"{name: {contains: \"BANK\"}}                      | e.name =~ '(?i).*bank.*'",
				"{name: {startsWith: \"china\"}}                   | e.name =~ '(?i)china.*'",
				"{nameZh: {contains: \"银行\"}}                      | e.nameZh =~ '.*银行.*'",
				"{nameZh: {startsWith: \"中国\"}}                    | e.nameZh =~ '中国.*'",
				"{alias: {eq: \"工行\"}}                             | '工行' IN e.aliases",
				"{alias: {in: [\"工行\", \"农行\"]}}                  | '工行' IN e.aliases OR '农行' IN e.aliases",
				"{alias: {contains: \"BANK\"}}                     | any(a IN e.aliases WHERE a =~ '(?i).*bank.*')",
				"{alias: {startsWith: \"ai\"}}                     | any(a IN e.aliases WHERE a =~ '(?i)ai.*')",
				"{category: {eq: \"bank\"}}                        | e.category = 'bank'",
				"{category: {in: [\"bank\", \"regulator\"]}}       | e.category = 'bank' OR e.category = 'regulator'",
				"{category: {startsWith: \"REG\"}}                 | e.category =~ '(?i)reg.*'",
				"{description: {contains: \"Large Model\"}}        | e.description =~ '(?i).*large model.*'",
				"{value: {gte: 10, lte: 1000}}                     | e.value >= 10 AND e.value <= 1000",
				"{value: {gte: 1000}}                              | e.value >= 1000",
				"{value: {lte: 10}}                                | e.value <= 10",
				"{unit: {eq: \"%\"}}                               | e.unit = '%'",
				"{period: {startsWith: \"2022\"}}                  | e.period STARTS WITH '2022'",
				"{group: true}                                     | e.group = true",
				"{group: false}                                    | e.group IS NULL",
				"{kind: {eq: INSTITUTION}, group: false}           | e:Institution AND NOT coalesce(e.group, false)",
				"{date: {startsWith: \"2022\"}}                    | e.date STARTS WITH '2022'",
				"{date: {gte: \"2022-06\", lte: \"2022-12\"}}      | e.date >= '2022-06' AND left(e.date, 7) <= '2022-12'",
				"{kind: {eq: INSTITUTION}, category: {eq: \"bank\"}} | e:Institution AND e.category = 'bank'",
				"{AND: [{kind: {eq: INSTITUTION}}, {name: {contains: \"bank\"}}]} | e:Institution AND e.name =~ '(?i).*bank.*'",
				"{OR: [{kind: {eq: REGION}}, {category: {eq: \"bank\"}}]} | e:Region OR e.category = 'bank'",
				"{NOT: {kind: {in: [INSTITUTION, TECHNOLOGY]}}}    | NOT (e:Institution OR e:Technology)",
				"{NOT: {category: {eq: \"bank\"}}}                 | e.category IS NULL OR e.category <> 'bank'",
				"{OR: [{AND: [{kind: {eq: INSTITUTION}}, {NOT: {category: {eq: \"bank\"}}}]}, {id: {eq: \"icbc\"}}]} | (e:Institution AND coalesce(e.category, '') <> 'bank') OR e.id = 'icbc'",
				"{name: {contains: \"bank\"}, NOT: {name: {startsWith: \"china\"}}} | e.name =~ '(?i).*bank.*' AND NOT e.name =~ '(?i)china.*'" })
		void shouldMatchExactlyWhatTheSameConditionMatchesInCypher(String where, String cypher) {
			List<String> expected = cypherIds("MATCH (e:Entity) WHERE " + cypher + " RETURN e.id", Map.of());
			filters(expected, count("MATCH (e:Entity) RETURN count(e)"), where);

			assertThat(allPages("entities", "where: " + where, "id")).containsExactlyInAnyOrderElementsOf(expected);
		}

		@Test
		void shouldMatchAnExactValueOrOneOfSeveral() {
			List<Double> values = FilterSemanticsTests.this.neo4j.query("MATCH (e:Indicator) RETURN DISTINCT e.value ORDER BY e.value")
				.fetchAs(Double.class).all().stream().toList();
			assertThat(values).hasSizeGreaterThan(3);
			double one = values.get(1);
			double other = values.get(values.size() - 2);

			assertThat(allPages("entities", "where: {value: {eq: " + one + "}}", "id")).containsExactlyInAnyOrderElementsOf(
					cypherIds("MATCH (e:Entity) WHERE e.value = $v RETURN e.id", Map.of("v", one)));
			assertThat(allPages("entities", "where: {value: {in: [" + one + ", " + other + "]}}", "id"))
				.containsExactlyInAnyOrderElementsOf(cypherIds("MATCH (e:Entity) WHERE e.value = $a OR e.value = $b RETURN e.id",
						Map.of("a", one, "b", other)))
				.hasSizeGreaterThanOrEqualTo(2);
		}

		@Test
		void shouldTreatAnEmptyOrAsMatchingNothingAndAnEmptyAndAsMatchingEverything() {
			long all = count("MATCH (e:Entity) RETURN count(e)");

			assertThat(allPages("entities", "where: {OR: []}", "id")).isEmpty();
			assertThat(allPages("entities", "where: {AND: []}", "id")).hasSize((int) all);
		}

		@Test
		void shouldLeaveGroupsOutOfTheMostConnectedOnlyWhenAsked() {
			String cypher = """
					MATCH (e:Entity) WHERE $all OR e.group IS NULL
					WITH e, COUNT { (e)--(:Entity) } AS degree ORDER BY degree DESC, e.id LIMIT 20 RETURN e.id""";
			List<String> withGroups = cypherIds(cypher, Map.of("all", true));
			List<String> withoutGroups = cypherIds(cypher, Map.of("all", false));
			assertThat(withGroups).as("a group is among the most connected of the seed").isNotEqualTo(withoutGroups);

			String query = "query ($leaveOut: Boolean) { stats { mostConnected(first: 20, excludeGroups: $leaveOut) { entity { id } } } }";
			assertThat(ok(query, Map.of("leaveOut", true)).<List<String>>read("$.data.stats.mostConnected[*].entity.id"))
				.containsExactlyElementsOf(withoutGroups);
			assertThat(ok(query, Map.of()).<List<String>>read("$.data.stats.mostConnected[*].entity.id"))
				.containsExactlyElementsOf(withGroups);
		}

		@Test
		void shouldFilterEachKindsListWithinThatKindOnly() {
			List<String> expected = cypherIds("MATCH (e:Institution) WHERE e.name =~ '(?i).*bank.*' RETURN e.id", Map.of());
			filters(expected, count("MATCH (e:Entity) WHERE e.name =~ '(?i).*bank.*' RETURN count(e)"), "banks among institutions");

			assertThat(allPages("institutions", "where: {name: {contains: \"bank\"}}", "id")).containsExactlyInAnyOrderElementsOf(expected);
		}

	}

	@Nested
	class Ordering {

		/** Every entity, read in plain Cypher, to sort here in Java. */
		List<Map<String, Object>> everyEntity() {
			return new ArrayList<>(FilterSemanticsTests.this.neo4j.query("""
					MATCH (e:Entity) RETURN e.id AS ID, e.name AS NAME, e.nameZh AS NAME_ZH, e.kind AS KIND,
					  e.category AS CATEGORY, e.value AS VALUE, e.period AS PERIOD""").fetch().all());
		}

		/**
		 * Keys in turn, then the id; text by code point. An entity without the key (no category, no value) sorts
		 * before every entity that has one, ascending, and after them descending.
		 */
		@ParameterizedTest(name = "{0}")
		@CsvSource(delimiter = '|', value = { "NAME ASC", "NAME DESC", "NAME_ZH ASC", "KIND ASC, NAME DESC",
				"CATEGORY ASC, NAME ASC", "CATEGORY DESC, NAME_ZH ASC", "VALUE ASC", "VALUE DESC", "PERIOD DESC, VALUE ASC",
				"ID DESC", "KIND DESC, CATEGORY ASC, VALUE DESC" })
		void shouldVisitEveryEntityInTheRequestedOrderAcrossPages(String order) {
			List<String[]> keys = new ArrayList<>();
			for (String key : order.split(",\\s*")) {
				keys.add(key.strip().split(" "));
			}
			Comparator<Map<String, Object>> comparator = null;
			for (String[] key : keys) {
				Comparator<Map<String, Object>> next = Comparator.comparing((row) -> row.get(key[0]), NULLS_FIRST);
				if (key[1].equals("DESC")) {
					next = next.reversed();
				}
				comparator = (comparator == null) ? next : comparator.thenComparing(next);
			}
			comparator = comparator.thenComparing((row) -> (String) row.get("ID"), Comparator.comparing(Function.identity(), TEXT));
			List<String> expected = everyEntity().stream().sorted(comparator).map((row) -> (String) row.get("ID")).toList();
			String orderBy = keys.stream().map((key) -> "{field: " + key[0] + ", direction: " + key[1] + "}")
				.reduce((a, b) -> a + ", " + b).orElseThrow();

			List<String> actual = allPages("entities", "orderBy: [" + orderBy + "]", "id");

			assertThat(actual).as("entities ordered by %s", order).containsExactlyElementsOf(expected);
		}

		@Test
		void shouldKeepTheOrderAndTheFilterTogetherAcrossPages() {
			List<String> expected = everyEntity().stream()
				.filter((row) -> row.get("CATEGORY") != null && ((String) row.get("CATEGORY")).equals("bank"))
				.sorted(Comparator.comparing((Map<String, Object> row) -> (String) row.get("NAME"), TEXT).reversed())
				.map((row) -> (String) row.get("ID"))
				.toList();
			assertThat(expected).hasSizeGreaterThan(2);

			assertThat(allPages("entities", "where: {category: {eq: \"bank\"}}, orderBy: [{field: NAME, direction: DESC}]", "id"))
				.containsExactlyElementsOf(expected);
		}

		@Test
		void shouldStartAfterTheCursorsEdgeExactly() {
			Answer first = ok("{ entities(first: 7, orderBy: [{field: KIND}, {field: NAME}]) { edges { cursor node { id } } } }", Map.of());
			List<String> ids = first.read("$.data.entities.edges[*].node.id");
			List<String> cursors = first.read("$.data.entities.edges[*].cursor");
			for (int i = 0; i < 6; i++) {
				Answer next = ok("query ($after: String) { entities(first: 1, after: $after, orderBy: [{field: KIND}, {field: NAME}]) { edges { node { id } } } }",
						Map.of("after", cursors.get(i)));
				assertThat(next.<List<String>>read("$.data.entities.edges[*].node.id")).as("after edge %d", i)
					.containsExactly(ids.get(i + 1));
			}
		}

	}

	@Nested
	class RelationFilters {

		/** {@code where} on relations | the same condition on {@code (a)-[r]->(b)} in plain Cypher. */
		@ParameterizedTest(name = "{0}")
		@CsvSource(delimiter = '|', value = {
				"{id: {eq: \"icbc:RELEASED:icbc-financial-llm\"}}  | r.id = 'icbc:RELEASED:icbc-financial-llm'",
				"{type: {eq: \"RELEASED\"}}                        | r:RELEASED",
				"{type: {in: [\"RELEASED\", \"BASED_ON\"]}}         | r:RELEASED OR r:BASED_ON",
				"{type: {startsWith: \"regul\"}}                   | r:REGULATES",
				"{from: {eq: \"icbc\"}}                            | a.id = 'icbc'",
				"{to: {eq: \"large-model\"}}                       | b.id = 'large-model'",
				"{to: {in: [\"large-model\", \"icbc\"]}}           | b.id IN ['large-model', 'icbc']",
				"{entity: {eq: \"icbc\"}}                          | a.id = 'icbc' OR b.id = 'icbc'",
				"{entity: {in: [\"icbc\", \"abc\"]}}               | a.id IN ['icbc', 'abc'] OR b.id IN ['icbc', 'abc']",
				"{fromKind: {eq: INDICATOR}}                       | a:Indicator",
				"{toKind: {eq: TECHNOLOGY}}                        | b:Technology",
				"{fromKind: {eq: PRODUCT}}                         | a:Product",
				"{toKind: {in: [SCENARIO, REGION]}}                | b:Scenario OR b:Region",
				"{fromKind: {eq: INSTITUTION}, toKind: {eq: TECHNOLOGY}} | a:Institution AND b:Technology",
				"{date: {eq: \"2023-08\"}}                         | r.date = '2023-08'",
				"{date: {startsWith: \"2023\"}}                    | r.date =~ '2023.*'",
				"{date: {gte: \"2023-08\"}}                        | r.date >= '2023-08'",
				"{date: {lte: \"2022\"}}                           | r.date <= '2022-99'",
				"{date: {gte: \"2023-03\", lte: \"2023-08\"}}     | r.date >= '2023-03' AND r.date <= '2023-08-99'",
				"{section: {startsWith: \"3.2\"}}                  | any(s IN r.citationSections WHERE s =~ '3\\.2.*')",
				"{section: {eq: \"4.2.2\"}}                       | any(s IN r.citationSections WHERE s = '4.2.2')",
				"{quote: {contains: \"大模型\"}}                     | any(q IN r.citationQuotes WHERE q =~ '.*大模型.*')",
				"{quote: {contains: \"风控效能倍增\"}}                 | any(q IN r.citationQuotes WHERE q =~ '.*风控效能倍增.*')",
				"{NOT: {quote: {contains: \"大模型\"}}}              | NOT any(q IN r.citationQuotes WHERE q =~ '.*大模型.*')",
				"{value: {gte: 100}}                               | r.value >= 100",
				"{entity: {eq: \"icbc\"}, NOT: {fromKind: {eq: INDICATOR}}} | (a.id = 'icbc' OR b.id = 'icbc') AND NOT a:Indicator",
				"{OR: [{type: {eq: \"REGULATES\"}}, {toKind: {eq: REGION}}]} | r:REGULATES OR b:Region",
				"{AND: [{fromKind: {eq: INSTITUTION}}, {NOT: {type: {in: [\"RELEASED\", \"USES\"]}}}]} | a:Institution AND NOT (r:RELEASED OR r:USES)" })
		void shouldMatchExactlyWhatTheSameConditionMatchesInCypher(String where, String cypher) {
			List<String> expected = cypherIds("MATCH (a:Entity)-[r]->(b:Entity) WHERE " + cypher + " RETURN r.id", Map.of());
			filters(expected, count("MATCH (:Entity)-[r]->(:Entity) RETURN count(r)"), where);

			assertThat(allPages("relations", "where: " + where, "id")).containsExactlyInAnyOrderElementsOf(expected);
		}

		@ParameterizedTest
		@CsvSource({ "INSTITUTION", "INDICATOR", "PRODUCT", "TECHNOLOGY" })
		void shouldApplyFromKindToTheStartAndToKindToTheEnd(String kind) {
			String label = kind.charAt(0) + kind.substring(1).toLowerCase();
			List<String> starting = cypherIds("MATCH (a:" + label + ")-[r]->(:Entity) RETURN r.id", Map.of());
			List<String> ending = cypherIds("MATCH (:Entity)-[r]->(b:" + label + ") RETURN r.id", Map.of());
			assertThat(new HashSet<>(starting)).as("relations from and to %s differ, so a swap shows", kind)
				.isNotEqualTo(new HashSet<>(ending));

			assertThat(allPages("relations", "where: {fromKind: {eq: " + kind + "}}", "id")).containsExactlyInAnyOrderElementsOf(starting);
			assertThat(allPages("relations", "where: {toKind: {eq: " + kind + "}}", "id")).containsExactlyInAnyOrderElementsOf(ending);
		}

		@Test
		void shouldOrderRelationsByIdAcrossPages() {
			List<String> expected = cypherIds("MATCH (:Entity)-[r]->(:Entity) RETURN r.id", Map.of()).stream()
				.sorted(TEXT).toList();

			assertThat(allPages("relations", "", "id")).containsExactlyElementsOf(expected);
		}

	}

	@Nested
	class RelationsOfAnEntity {

		@ParameterizedTest
		@CsvSource({ "icbc, OUTGOING", "icbc, INCOMING", "icbc, BOTH", "large-model, INCOMING", "large-model, OUTGOING",
				"large-model, BOTH", "pboc, BOTH" })
		void shouldFollowTheRequestedDirectionOrderedByTypeThenTheOtherEnd(String id, String direction) {
			String pattern = switch (direction) {
				case "OUTGOING" -> "(e)-[r]->(o:Entity)";
				case "INCOMING" -> "(e)<-[r]-(o:Entity)";
				default -> "(e)-[r]-(o:Entity)";
			};
			List<Map<String, Object>> rows = new ArrayList<>(FilterSemanticsTests.this.neo4j.query(
					"MATCH (e:Entity {id: $id}) MATCH " + pattern + " RETURN r.id AS id, type(r) AS type, o.id AS other")
				.bind(id).to("id").fetch().all());
			assertThat(rows).as("%s has %s relations", id, direction).isNotEmpty();
			rows.sort(Comparator.comparing((Map<String, Object> row) -> (String) row.get("type"), TEXT)
				.thenComparing((row) -> (String) row.get("other"), TEXT));

			Answer answer = ok("query ($id: ID!) { entity(id: $id) { relations(direction: %s, first: 1000) { id type from { id } to { id } } } }"
				.formatted(direction), Map.of("id", id));
			List<Map<String, Object>> relations = answer.read("$.data.entity.relations");

			assertThat(relations.stream().map((r) -> r.get("id")).toList())
				.containsExactlyInAnyOrderElementsOf(rows.stream().map((row) -> row.get("id")).toList());
			assertThat(relations.stream().map((r) -> r.get("type") + " " + other(r, id)).toList()).as("ordered by type, then the other end")
				.containsExactlyElementsOf(rows.stream().map((row) -> row.get("type") + " " + row.get("other")).toList());
			if (!direction.equals("BOTH")) {
				String end = direction.equals("OUTGOING") ? "from" : "to";
				assertThat(relations).allSatisfy((r) -> assertThat(idOf(r.get(end))).isEqualTo(id));
			}
		}

		@Test
		void shouldFollowOnlyTheRequestedTypes() {
			List<String> expected = cypherIds("MATCH (:Entity {id: 'large-model'})-[r:APPLIED_TO|BASED_ON]-(:Entity) RETURN r.id", Map.of());
			filters(expected, count("MATCH (:Entity {id: 'large-model'})-[r]-(:Entity) RETURN count(r)"), "two types of large-model's");

			List<String> ids = ok("{ entity(id: \"large-model\") { relations(types: [\"APPLIED_TO\", \"BASED_ON\"], first: 1000) { id } } }", Map.of())
				.read("$.data.entity.relations[*].id");
			assertThat(ids).containsExactlyInAnyOrderElementsOf(expected);
		}

		private static String other(Map<String, Object> relation, String self) {
			String from = idOf(relation.get("from"));
			String to = idOf(relation.get("to"));
			return from.equals(self) ? to : from;
		}

		@SuppressWarnings("unchecked")
		private static String idOf(Object end) {
			return (String) ((Map<String, Object>) end).get("id");
		}

	}

	/**
	 * Every typed relation field of every kind (read from the schema's {@code @relation} directives), for the
	 * entity of that kind with the most such relations: the same related entities, over the same relations, as
	 * Cypher following those types in that direction.
	 */
	@Nested
	class TypedRelationFields {

		record Typed(String kind, String field, List<String> types, String direction, @Nullable String target, boolean connection) {
		}

		List<Typed> typedFields() throws Exception {
			TypeDefinitionRegistry registry = new SchemaParser().parse(new java.io.File("schema.graphqls"));
			List<Typed> fields = new ArrayList<>();
			for (ObjectTypeDefinition type : registry.getTypes(ObjectTypeDefinition.class)) {
				for (FieldDefinition field : type.getFieldDefinitions()) {
					Directive relation = field.getDirectives().stream().filter((d) -> d.getName().equals("relation")).findFirst().orElse(null);
					if (relation == null) {
						continue;
					}
					List<String> types = ((ArrayValue) relation.getArgument("types").getValue()).getValues().stream()
						.map((value) -> ((StringValue) value).getValue()).toList();
					String direction = ((EnumValue) relation.getArgument("direction").getValue()).getName();
					String returned = typeName(field.getType());
					boolean connection = returned.endsWith("RelationConnection");
					String target = connection ? returned.substring(0, returned.length() - "RelationConnection".length()) : returned;
					fields.add(new Typed(type.getName(), field.getName(), types, direction,
							target.equals("Entity") ? null : target, connection));
				}
			}
			return fields;
		}

		private static String typeName(Type<?> type) {
			return switch (type) {
				case NonNullType nonNull -> typeName(nonNull.getType());
				case ListType list -> typeName(list.getType());
				case TypeName name -> name.getName();
				default -> throw new IllegalStateException(type.toString());
			};
		}

		@Test
		void shouldAnswerEveryTypedFieldAsCypherFollowingItsTypesAndDirection() throws Exception {
			List<Typed> fields = typedFields();
			assertThat(fields).as("typed relation fields in the schema").hasSizeGreaterThan(20);
			int checked = 0;
			for (Typed typed : fields) {
				String pattern = typed.direction().equals("OUTGOING") ? "(e)-[r]->(o)" : "(e)<-[r]-(o)";
				String target = (typed.target() != null) ? "o:" + typed.target() : "o:Entity";
				String match = "MATCH (e:" + typed.kind() + ")" + " MATCH " + pattern + " WHERE type(r) IN $types AND " + target;
				Map<String, Object> types = Map.of("types", typed.types());
				String busiest = FilterSemanticsTests.this.neo4j.query(match + " RETURN e.id AS id, count(r) AS n ORDER BY n DESC, id LIMIT 1")
					.bindAll(types).fetchAs(String.class).mappedBy((t, record) -> record.get("id").asString()).one().orElse(null);
				if (busiest == null) {
					continue;
				}
				List<Map<String, Object>> rows = new ArrayList<>(FilterSemanticsTests.this.neo4j.query(match.replace("(e:" + typed.kind() + ")",
						"(e:" + typed.kind() + " {id: $id})") + " RETURN r.id AS relation, o.id AS other")
					.bindAll(Map.of("types", typed.types(), "id", busiest)).fetch().all());
				Set<String> others = new HashSet<>(rows.stream().map((row) -> (String) row.get("other")).toList());
				String field = lower(typed.kind());
				if (typed.connection()) {
					Answer answer = ok("query ($id: ID!) { x: %s(id: $id) { f: %s(first: 100) { totalCount edges { node { id } properties { id } } } } }"
						.formatted(field, typed.field()), Map.of("id", busiest));
					assertThat(answer.<List<String>>read("$.data.x.f.edges[*].properties.id")).as("%s.%s of %s", typed.kind(), typed.field(), busiest)
						.containsExactlyInAnyOrderElementsOf(rows.stream().map((row) -> (String) row.get("relation")).toList());
					assertThat(answer.<Integer>read("$.data.x.f.totalCount")).isEqualTo(rows.size());
				}
				else {
					Answer answer = ok("query ($id: ID!) { x: %s(id: $id) { f: %s(first: 100) { id } } }".formatted(field, typed.field()),
							Map.of("id", busiest));
					assertThat(new HashSet<>(answer.<List<String>>read("$.data.x.f[*].id"))).as("%s.%s of %s", typed.kind(), typed.field(), busiest)
						.isEqualTo(others);
				}
				checked++;
			}
			assertThat(checked).as("typed fields with data to check").isGreaterThan(fields.size() / 2);
		}

		@Test
		void shouldFilterTheRelatedEntitiesAndTheEdges() {
			List<String> expected = cypherIds("""
					MATCH (:Entity {id: 'icbc'})-[r:RELEASED|OPERATES|DEVELOPS]->(p:Product) WHERE r.date STARTS WITH '2023'
					RETURN r.id""", Map.of());
			filters(expected, count("MATCH (:Entity {id: 'icbc'})-[r:RELEASED|OPERATES|DEVELOPS]->(:Product) RETURN count(r)"),
					"icbc's products released in 2023");
			assertThat(ok("{ institution(id: \"icbc\") { productsConnection(first: 100, edge: {date: {startsWith: \"2023\"}}) { edges { properties { id } } } } }", Map.of())
				.<List<String>>read("$.data.institution.productsConnection.edges[*].properties.id")).containsExactlyInAnyOrderElementsOf(expected);

			List<String> applied = cypherIds("""
					MATCH (:Entity {id: 'large-model'})-[:APPLIED_TO]->(s:Scenario) WHERE s.nameZh =~ '.*客服.*' OR s.name =~ '(?i).*customer.*'
					RETURN s.id""", Map.of());
			filters(applied, count("MATCH (:Entity {id: 'large-model'})-[:APPLIED_TO]->(s:Scenario) RETURN count(s)"),
					"large-model's customer-service scenarios");
			assertThat(ok("{ technology(id: \"large-model\") { appliedTo(first: 100, where: {OR: [{nameZh: {contains: \"客服\"}}, {name: {contains: \"customer\"}}]}) { id } } }", Map.of())
				.<List<String>>read("$.data.technology.appliedTo[*].id")).containsExactlyInAnyOrderElementsOf(applied);
		}

		private static String lower(String kind) {
			return Character.toLowerCase(kind.charAt(0)) + kind.substring(1);
		}

	}

	@Nested
	class Paths {

		@ParameterizedTest
		@CsvSource({ "icbc, ascend-ai, true", "icbc, large-model, true", "abc, large-model, true", "large-model, icbc, true",
				"ascend-ai, abc, true", "pboc, icbc, true", "pboc, large-model, false", "abc, digital-rmb, false" })
		void shouldFindAPathAsShortAsCypherFindsWithinTheDefaultFourHops(String from, String to, boolean exists) {
			Long expected = FilterSemanticsTests.this.neo4j.query("""
					MATCH p = SHORTEST 1 (:Entity {id: $from})-[*1..4]-(:Entity {id: $to}) RETURN length(p)""")
				.bindAll(Map.of("from", from, "to", to)).fetchAs(Long.class).one().orElse(null);
			assertThat(expected != null).as("a path of at most 4 hops from %s to %s exists", from, to).isEqualTo(exists);

			Answer answer = ok("query ($from: ID!, $to: ID!) { shortestPath(from: $from, to: $to) { length nodes { id } relations { id from { id } to { id } } } }",
					Map.of("from", from, "to", to));

			if (expected == null) {
				assertThat(answer.<Object>read("$.data.shortestPath")).isNull();
				return;
			}
			assertThat(answer.<Integer>read("$.data.shortestPath.length")).isEqualTo(expected.intValue());
			List<String> nodes = answer.read("$.data.shortestPath.nodes[*].id");
			List<Map<String, Object>> relations = answer.read("$.data.shortestPath.relations");
			for (int i = 0; i < relations.size(); i++) {
				Set<String> ends = Set.of(RelationsOfAnEntity.idOf(relations.get(i).get("from")), RelationsOfAnEntity.idOf(relations.get(i).get("to")));
				assertThat(ends).as("hop %d joins the path's nodes %d and %d", i, i, i + 1).containsExactlyInAnyOrder(nodes.get(i), nodes.get(i + 1));
			}
		}

		@Test
		void shouldListEveryPathUpToMaxHopsShortestFirst() {
			List<List<String>> expected = new ArrayList<>(FilterSemanticsTests.this.neo4j.query("""
					MATCH p = (:Entity {id: 'icbc'})-[*1..3]-(:Entity {id: 'large-model'})
					WHERE all(n IN nodes(p) WHERE single(m IN nodes(p) WHERE m = n))
					RETURN [r IN relationships(p) | r.id] AS relations""")
				.fetchAs(Object.class).mappedBy((t, record) -> record.get("relations").asList((v) -> v.asString())).all()
				.stream().map((list) -> {
					@SuppressWarnings("unchecked")
					List<String> ids = (List<String>) list;
					return ids;
				}).toList());
			assertThat(expected).hasSizeBetween(2, 100);

			Answer answer = ok("{ paths(from: \"icbc\", to: \"large-model\", maxHops: 3, first: 100) { length relations { id } } }", Map.of());
			List<List<String>> actual = answer.<List<Map<String, Object>>>read("$.data.paths").stream()
				.map((path) -> ((List<?>) path.get("relations")).stream().map((r) -> (String) ((Map<?, ?>) r).get("id")).toList())
				.toList();

			assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
			assertThat(answer.<List<Integer>>read("$.data.paths[*].length")).isSorted();
		}

	}

	/** Text compared by code point, as Neo4j orders strings. */
	static final Comparator<String> TEXT = (a, b) -> {
		int[] x = a.codePoints().toArray();
		int[] y = b.codePoints().toArray();
		return java.util.Arrays.compare(x, y);
	};

	/** Missing values first; numbers as numbers, text by code point. */
	static final Comparator<Object> NULLS_FIRST = Comparator.nullsFirst((a, b) -> {
		if (a instanceof Number x && b instanceof Number y) {
			return Double.compare(x.doubleValue(), y.doubleValue());
		}
		return TEXT.compare(String.valueOf(a), String.valueOf(b));
	});

}

package com.fintechkg.kg.graphql;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fintechkg.kg.support.GraphQlHttp.Answer;
import com.fintechkg.kg.support.GraphQlHttp;
import com.fintechkg.kg.support.KnowledgeGraphTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The schema gives every bounded argument its default, and nothing else does: an argument given as {@code null}
 * (in the document or through a variable) answers as one left out, on every kind of field that has one.
 */
@KnowledgeGraphTest
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class ArgumentDefaultsTests {

	/** A field left without its bounded arguments, and the same field with each of them given as {@code null}. */
	private static final Map<String, String> FIELDS = Map.ofEntries(
			Map.entry("entities { edges { cursor } }", "entities(first: null) { edges { cursor } }"),
			Map.entry("institutions { edges { cursor } }", "institutions(first: null) { edges { cursor } }"),
			Map.entry("relations { edges { cursor } }", "relations(first: null) { edges { cursor } }"),
			Map.entry("search(query: \"bank\") { entity { id } }", "search(query: \"bank\", first: null) { entity { id } }"),
			Map.entry("shortestPath(from: \"icbc\", to: \"large-model\") { length }",
					"shortestPath(from: \"icbc\", to: \"large-model\", maxHops: null) { length }"),
			Map.entry("paths(from: \"icbc\", to: \"large-model\") { length }",
					"paths(from: \"icbc\", to: \"large-model\", maxHops: null, first: null) { length }"),
			Map.entry("neighborhood(id: \"icbc\") { nodes { id } truncated }",
					"neighborhood(id: \"icbc\", depth: null, limit: null) { nodes { id } truncated }"),
			Map.entry("stats { mostConnected { entity { id } degree } }",
					"stats { mostConnected(first: null) { entity { id } degree } }"),
			Map.entry("changes { id }", "changes(first: null) { id }"),
			Map.entry("entity(id: \"icbc\") { relations { id direction } }",
					"entity(id: \"icbc\") { relations(first: null, direction: null) { id direction } }"),
			Map.entry("institution(id: \"icbc\") { products { id } productsConnection { totalCount edges { cursor } } }",
					"institution(id: \"icbc\") { products(first: null) { id } productsConnection(first: null) "
							+ "{ totalCount edges { cursor } } }"));

	@Autowired
	GraphQlHttp graphQl;

	@Test
	void anArgumentGivenAsNullAnswersAsOneLeftOut() {
		FIELDS.forEach((omitted, nulled) -> {
			Answer answer = this.graphQl.post("{ omitted: " + omitted + " nulled: " + nulled + " }");

			assertThat(answer.errors()).as(answer.body()).isEmpty();
			assertThat(answer.<Object>read("$.data.nulled")).as(nulled).isEqualTo(answer.read("$.data.omitted"));
			if (!omitted.startsWith("shortestPath")) {
				assertThat(answer.<Object>read("$.data.omitted")).as(omitted).isNotNull();
			}
		});
	}

	@Test
	void aVariableGivenAsNullAnswersAsOneLeftOut() {
		Map<String, Object> nulls = new HashMap<>();
		nulls.put("first", null);
		Answer answer = this.graphQl.post("""
				query ($first: Int) { omitted: entities { edges { cursor } } nulled: entities(first: $first) { edges { cursor } }
				  entity(id: "icbc") { ... on Institution { omitted: products { id } nulled: products(first: $first) { id } } } }""",
				nulls);

		assertThat(answer.errors()).as(answer.body()).isEmpty();
		assertThat(answer.<java.util.List<Object>>read("$.data.omitted.edges")).hasSize(20);
		assertThat(answer.<Object>read("$.data.nulled")).isEqualTo(answer.read("$.data.omitted"));
		assertThat(answer.<Object>read("$.data.entity.nulled")).isNotNull().isEqualTo(answer.read("$.data.entity.omitted"));
	}

}

package com.fintechkg.kg.relation;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fintechkg.kg.support.GraphQlHttp;
import com.fintechkg.kg.support.GraphQlHttp.Answer;
import com.fintechkg.kg.support.KnowledgeGraphTest;
import com.fintechkg.kg.support.StatementCounter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Relations read from where you stand: every relation listed by an entity (and every edge of a relationship
 * connection) names its far end and which way it points from that entity, at no extra statement.
 */
@KnowledgeGraphTest
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class RelationsSeenFromAnEntityTests {

	@Autowired
	GraphQlHttp graphQl;

	@Autowired
	StatementCounter statements;

	@Test
	void everyRelationOfAnEntityNamesTheFarEndAndItsDirectionFromTheEntity() {
		List<Map<String, Object>> relations = ok("""
				{ entity(id: "large-model") { relations { id direction other { id } from { id } to { id } } } }""")
			.read("$.data.entity.relations");

		assertThat(relations).extracting((relation) -> relation.get("direction")).contains("OUTGOING", "INCOMING");
		assertThat(relations).allSatisfy((relation) -> {
			String from = id(relation, "from");
			String to = id(relation, "to");
			String other = id(relation, "other");
			if ("OUTGOING".equals(relation.get("direction"))) {
				assertThat(from).as(relation.toString()).isEqualTo("large-model");
				assertThat(other).as(relation.toString()).isEqualTo(to);
			}
			else {
				assertThat(relation.get("direction")).isEqualTo("INCOMING");
				assertThat(to).as(relation.toString()).isEqualTo("large-model");
				assertThat(other).as(relation.toString()).isEqualTo(from);
			}
		});
	}

	@Test
	void oneRelationReadFromEachEndPointsOutFromItsStartAndInAtItsEnd() {
		Answer answer = ok("""
				{ start: entity(id: "icbc") { relations(types: ["RELEASED"]) { id direction other { id } } }
				  end: entity(id: "icbc-financial-llm") { relations(types: ["RELEASED"]) { id direction other { id } } } }""");

		assertThat(answer.<List<String>>read("$.data.start.relations[?(@.other.id == 'icbc-financial-llm')].direction"))
			.containsExactly("OUTGOING");
		assertThat(answer.<List<String>>read("$.data.end.relations[?(@.other.id == 'icbc')].direction"))
			.containsExactly("INCOMING");
		assertThat(answer.<List<String>>read("$.data.start.relations[?(@.other.id == 'icbc-financial-llm')].id"))
			.isEqualTo(answer.read("$.data.end.relations[?(@.other.id == 'icbc')].id"));
	}

	@Test
	void followingOneDirectionListsOnlyRelationsPointingThatWay() {
		Answer answer = ok("""
				{ entity(id: "large-model") { out: relations(direction: OUTGOING) { direction }
				    in: relations(direction: INCOMING) { direction } } }""");

		assertThat(answer.<List<String>>read("$.data.entity.out[*].direction")).isNotEmpty().containsOnly("OUTGOING");
		assertThat(answer.<List<String>>read("$.data.entity.in[*].direction")).isNotEmpty().containsOnly("INCOMING");
	}

	@Test
	void connectionEdgesSayWhichWayTheirRelationPointsFromTheOwner() {
		Answer answer = ok("""
				{ technology(id: "large-model") { instancesConnection(first: 100) { edges { direction node { id }
				    properties { id } } } }
				  institution(id: "icbc") { releasedConnection: productsConnection(first: 100) { edges { direction
				    properties { id } } } } }""");

		List<Map<String, Object>> incoming = answer.read("$.data.technology.instancesConnection.edges");
		assertThat(incoming).isNotEmpty().allSatisfy((edge) -> {
			assertThat(edge.get("direction")).isEqualTo("INCOMING");
			assertThat(relationId(edge)).endsWith(":large-model").startsWith(id(edge, "node") + ":");
		});
		assertThat(answer.<List<String>>read("$.data.institution.releasedConnection.edges[*].direction")).isNotEmpty()
			.containsOnly("OUTGOING");
	}

	@Test
	void aConnectionFollowingBothDirectionsTellsEachEdgesDirectionByWhereTheRelationStarts() {
		List<Map<String, Object>> edges = ok("""
				{ entities(first: 100, where: {kind: {eq: INSTITUTION}}) { edges { node { id
				    ... on Institution { partnersConnection(first: 100) { edges { direction properties { id } } } } } } } }""")
			.read("$.data.entities.edges[*].node");

		List<String> directions = edges.stream().flatMap((node) -> {
			String owner = (String) node.get("id");
			@SuppressWarnings("unchecked")
			List<Map<String, Object>> partners = (List<Map<String, Object>>) ((Map<String, Object>) node
				.get("partnersConnection")).get("edges");
			return partners.stream().map((edge) -> {
				String expected = relationId(edge).startsWith(owner + ":") ? "OUTGOING" : "INCOMING";
				assertThat(edge.get("direction")).as(owner + " " + edge).isEqualTo(expected);
				return expected;
			});
		}).toList();
		assertThat(directions).contains("OUTGOING", "INCOMING");
	}

	@Test
	void theFarEndAndDirectionCostNoStatementBeyondTheRelationsThemselves() {
		String plain = "{ entities(first: 60) { edges { node { relations { id from { id } to { id } } } } } }";
		String seen = "{ entities(first: 60) { edges { node { relations { id direction other { id name kind } } } } } }";
		ok(plain);
		ok(seen);

		this.statements.reset();
		ok(plain);
		int withoutOther = this.statements.count();
		this.statements.reset();
		ok(seen);
		int withOther = this.statements.count();

		assertThat(withOther).isEqualTo(withoutOther).isLessThanOrEqualTo(3);
	}

	private Answer ok(String query) {
		Answer answer = this.graphQl.post(query);
		assertThat(answer.errors()).as(answer.body()).isEmpty();
		return answer;
	}

	@SuppressWarnings("unchecked")
	private static String id(Map<String, Object> relation, String end) {
		return (String) ((Map<String, Object>) relation.get(end)).get("id");
	}

	@SuppressWarnings("unchecked")
	private static String relationId(Map<String, Object> edge) {
		return (String) ((Map<String, Object>) edge.get("properties")).get("id");
	}

}

package com.fintechkg.kg.bench;

import java.util.List;
import java.util.Map;

/**
 * The fixed benchmark mix: six questions, each as a GraphQL operation for the service and as the hand-written
 * Cypher that answers the same question over Bolt (the floor). Each question cycles through a few arguments so
 * that a run is not one cached answer; {@code expect} is a fragment every correct GraphQL answer contains, so a
 * wrong or empty answer counts as an error, not as a fast request.
 */
record QueryMix(List<Question> questions) {

	record Question(String name, String graphql, String cypher, List<Map<String, Object>> arguments,
			List<String> expect) {

		Map<String, Object> arguments(long iteration) {
			return this.arguments.get((int) (iteration % this.arguments.size()));
		}

		String expect(long iteration) {
			return this.expect.get((int) (iteration % this.expect.size()));
		}

	}

	static QueryMix standard() {
		return new QueryMix(List.of(lookup(), nested(), search(), shortestPath(), neighborhood(), listPage()));
	}

	// One entity by id with its citations.
	private static Question lookup() {
		return new Question("lookup", """
				query($id: ID!) { entity(id: $id) { id kind name nameZh aliases category description
				  citations { source { id } section quote } } }""", """
				MATCH (e:Entity {id: $id})
				RETURN e.id AS id, e.kind AS kind, e.name AS name, e.nameZh AS nameZh, e.aliases AS aliases,
				       e.category AS category, e.description AS description, e.citationSources AS sources,
				       e.citationSections AS sections, e.citationQuotes AS quotes""",
				List.of(Map.of("id", "icbc"), Map.of("id", "large-model"), Map.of("id", "ascend-ai"),
						Map.of("id", "customer-service")),
				List.of("\"icbc\"", "\"large-model\"", "\"ascend-ai\"", "\"customer-service\""));
	}

	// Three levels below the root: institution -> released products -> what they are based on -> where applied.
	private static Question nested() {
		return new Question("nested3", """
				query($id: ID!) { institution(id: $id) { name nameZh
				  productsConnection(edge: {type: {eq: "RELEASED"}}) { edges { properties { date quote section }
				    node { name nameZh appliedTo { name nameZh }
				      basedOn { name nameZh ... on Technology { appliedTo { name nameZh } } } } } } } }""", """
				MATCH (i:Institution {id: $id})
				RETURN i.name AS name, i.nameZh AS nameZh,
				  [(i)-[r:RELEASED]->(p:Product) | {date: r.date, quote: r.quote, section: r.section,
				    name: p.name, nameZh: p.nameZh,
				    appliedTo: [(p)-[:APPLIED_TO]->(s:Scenario) | {name: s.name, nameZh: s.nameZh}],
				    basedOn: [(p)-[:BASED_ON]->(b:Entity) | {name: b.name, nameZh: b.nameZh,
				      appliedTo: [(b)-[:APPLIED_TO]->(s:Scenario) | {name: s.name, nameZh: s.nameZh}]}]}] AS products""",
				List.of(Map.of("id", "icbc"), Map.of("id", "ant-group")), List.of("\"productsConnection\""));
	}

	// Bilingual full-text search, Chinese and English in turn.
	private static Question search() {
		return new Question("search", """
				query($q: String!) { search(query: $q, first: 10) { entity { id name nameZh } score matched } }""", """
				CALL db.index.fulltext.queryNodes('entity_search', $q, {limit: 10}) YIELD node, score
				RETURN node.id AS id, node.name AS name, node.nameZh AS nameZh, score""",
				List.of(Map.of("q", "昇腾"), Map.of("q", "ascend"), Map.of("q", "大模型"), Map.of("q", "large model")),
				List.of("ascend", "ascend", "large-model", "large-model"));
	}

	private static Question shortestPath() {
		return new Question("shortestPath", """
				query($from: ID!, $to: ID!) { shortestPath(from: $from, to: $to, maxHops: 4) { length
				  nodes { id name nameZh } relations { type from { id } to { id } quote section } } }""", """
				MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
				MATCH p = SHORTEST 1 (a)-[r]-{1,4}(b)
				RETURN [n IN nodes(p) | {id: n.id, name: n.name, nameZh: n.nameZh}] AS nodes,
				       [r IN relationships(p) | {type: type(r), from: startNode(r).id, to: endNode(r).id,
				        quote: r.quote, section: r.section}] AS relations""",
				List.of(Map.of("from", "icbc", "to", "customer-service"), Map.of("from", "icbc", "to", "large-model")),
				List.of("\"length\""));
	}

	// Depth-2 neighbourhood, at most 60 entities besides the centre, with the relations among them.
	private static Question neighborhood() {
		return new Question("neighborhood2", """
				query($id: ID!) { neighborhood(id: $id, depth: 2, limit: 60) { truncated
				  nodes { id kind name nameZh } relations { id type from { id } to { id } } } }""", """
				MATCH (c:Entity {id: $id})
				CALL (c) {
				  MATCH (c)--(n:Entity) WHERE n <> c
				  WITH DISTINCT n ORDER BY n.id
				  RETURN collect(n)[..61] AS first
				}
				CALL (c, first) {
				  UNWIND first[..60] AS x
				  MATCH (x)--(n:Entity) WHERE n <> c AND NOT n IN first
				  WITH DISTINCT n ORDER BY n.id
				  RETURN collect(n)[..(61 - size(first))] AS second
				}
				WITH [c] + (first + second)[..60] AS nodes, size(first) + size(second) > 60 AS truncated
				CALL (nodes) {
				  UNWIND nodes AS a
				  MATCH (a)-[r]->(b:Entity) WHERE b IN nodes
				  RETURN collect({id: r.id, type: type(r), from: a.id, to: b.id}) AS relations
				}
				RETURN truncated, [n IN nodes | {id: n.id, kind: n.kind, name: n.name, nameZh: n.nameZh}] AS nodes,
				       relations""",
				List.of(Map.of("id", "large-model"), Map.of("id", "icbc")), List.of("\"truncated\""));
	}

	// A filtered, sorted page of a list with its total count.
	private static Question listPage() {
		return new Question("listPage", """
				query($category: String!) { institutions(first: 30, where: {category: {eq: $category}},
				  orderBy: [{field: NAME}]) { totalCount edges { cursor node { id name nameZh aliases } }
				  pageInfo { hasNextPage endCursor } } }""", """
				CALL () { MATCH (e:Institution) WHERE e.category = $category RETURN count(e) AS total }
				MATCH (e:Institution) WHERE e.category = $category
				RETURN total, e.id AS id, e.name AS name, e.nameZh AS nameZh, e.aliases AS aliases
				ORDER BY e.name, e.id LIMIT 31""",
				List.of(Map.of("category", "bank"), Map.of("category", "regulator")), List.of("\"node\""));
	}

}

package com.fintechkg.kg.info;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/** {@code /actuator/info}: the graph's node and relationship counts, per kind, and the loaded seed's version. */
@Component
class GraphInfoContributor implements InfoContributor {

	private final Neo4jClient client;

	GraphInfoContributor(Neo4jClient client) {
		this.client = client;
	}

	@Override
	public void contribute(Info.Builder builder) {
		Map<String, Object> graph = new LinkedHashMap<>();
		try {
			graph.putAll(this.client.query("""
					CALL () { MATCH (n) RETURN count(n) AS nodes }
					CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
					CALL () { MATCH (e:Entity) RETURN count(e) AS entities }
					CALL () { MATCH (e:Entity) WITH e.kind AS kind, count(*) AS n ORDER BY kind
					          RETURN collect([kind, n]) AS kinds }
					OPTIONAL MATCH (seed:SeedInfo {id: 'seed'})
					RETURN nodes, relationships, entities, kinds, seed.version AS seedVersion,
					       seed.checksum AS seedChecksum, toString(seed.loadedAt) AS seedLoadedAt
					""").fetch().one().map(GraphInfoContributor::shape).orElseGet(Map::of));
		}
		catch (RuntimeException ex) {
			graph.put("error", "database unavailable");
		}
		builder.withDetail("graph", graph);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> shape(Map<String, Object> row) {
		Map<String, Object> graph = new LinkedHashMap<>();
		graph.put("nodes", row.get("nodes"));
		graph.put("relationships", row.get("relationships"));
		graph.put("entities", row.get("entities"));
		Map<String, Object> kinds = new LinkedHashMap<>();
		for (Object pair : (Iterable<Object>) row.get("kinds")) {
			var list = (java.util.List<Object>) pair;
			kinds.put(String.valueOf(list.get(0)), list.get(1));
		}
		graph.put("entitiesByKind", kinds);
		Map<String, Object> seed = new LinkedHashMap<>();
		seed.put("version", row.get("seedVersion"));
		seed.put("checksum", row.get("seedChecksum"));
		seed.put("loadedAt", row.get("seedLoadedAt"));
		graph.put("seed", seed);
		return graph;
	}

}

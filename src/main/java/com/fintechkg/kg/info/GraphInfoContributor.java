package com.fintechkg.kg.info;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fintechkg.kg.stats.GraphStats;
import com.fintechkg.kg.stats.StatsQueries;

import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/info}: the graph's entity and relation counts, per kind and type, and the loaded seed's
 * version — the same figures as the {@code stats} query.
 */
@Component
class GraphInfoContributor implements InfoContributor {

	private final StatsQueries stats;

	GraphInfoContributor(StatsQueries stats) {
		this.stats = stats;
	}

	@Override
	public void contribute(Info.Builder builder) {
		Map<String, Object> graph = new LinkedHashMap<>();
		try {
			GraphStats stats = this.stats.stats();
			graph.put("entities", stats.entities());
			graph.put("relations", stats.relations());
			Map<String, Long> kinds = new LinkedHashMap<>();
			stats.byKind().forEach((count) -> kinds.put(count.kind().name(), count.count()));
			graph.put("entitiesByKind", kinds);
			Map<String, Long> types = new LinkedHashMap<>();
			stats.byRelationType().forEach((count) -> types.put(count.type(), count.count()));
			graph.put("relationsByType", types);
			graph.put("seed", (stats.seed() != null) ? stats.seed() : Map.of());
		}
		catch (RuntimeException ex) {
			graph.put("error", "database unavailable");
		}
		builder.withDetail("graph", graph);
	}

}

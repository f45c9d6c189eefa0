package com.fintechkg.kg.stats;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fintechkg.kg.entity.Entity;
import com.fintechkg.kg.graph.GraphReads;
import com.fintechkg.kg.stats.GraphStats.ConnectedEntity;
import com.fintechkg.kg.stats.GraphStats.KindCount;
import com.fintechkg.kg.stats.GraphStats.SeedVersion;
import com.fintechkg.kg.stats.GraphStats.TypeCount;
import com.fintechkg.kg.vocabulary.Kind;
import com.fintechkg.kg.vocabulary.Vocabulary;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Component;

/** The Cypher behind {@code stats}. */
@Component
public class StatsQueries {

	private final GraphReads client;

	private final Vocabulary vocabulary;

	StatsQueries(GraphReads client, Vocabulary vocabulary) {
		this.vocabulary = vocabulary;
		this.client = client;
	}

	public GraphStats stats() {
		// language=cypher
		String cypher = """
				CALL () { MATCH (e:Entity) WITH e.kind AS kind, count(*) AS n ORDER BY kind RETURN collect([kind, n]) AS kinds }
				CALL () { MATCH (:Entity)-[r]->(:Entity) WITH type(r) AS type, count(*) AS n ORDER BY type
				          RETURN collect([type, n]) AS types }
				OPTIONAL MATCH (seed:SeedInfo {id: 'seed'})
				RETURN kinds, types, seed
				""";
		return this.client.query(cypher).fetchAs(GraphStats.class).mappedBy((typeSystem, row) -> {
			Map<Kind, Long> counted = new HashMap<>();
			row.get("kinds").asList((pair) -> counted.put(Kind.of(pair.get(0).asString()), pair.get(1).asLong()));
			List<KindCount> kinds = this.vocabulary.kindList().stream()
				.map((kind) -> new KindCount(kind, counted.getOrDefault(kind, 0L)))
				.toList();
			List<TypeCount> types = row.get("types")
				.asList((pair) -> new TypeCount(pair.get(0).asString(), pair.get(1).asLong()));
			Value seed = row.get("seed");
			SeedVersion version = seed.isNull() ? null : new SeedVersion(seed.get("version").asString(),
					seed.get("checksum").asString(null), seed.get("loadedAt").isNull() ? null
							: seed.get("loadedAt").asZonedDateTime().toString());
			return new GraphStats(kinds.stream().mapToLong(KindCount::count).sum(),
					types.stream().mapToLong(TypeCount::count).sum(), kinds, types, version);
		}).one().orElseThrow();
	}

	/** The {@code first} entities with the most relations, groups left out when {@code excludeGroups}. */
	List<ConnectedEntity> mostConnected(int first, boolean excludeGroups) {
		// language=cypher
		String cypher = """
				MATCH (e:Entity)
				WHERE NOT ($excludeGroups AND coalesce(e.group, false))
				WITH e, COUNT { (e)--(:Entity) } AS degree
				ORDER BY degree DESC, e.id LIMIT $first
				RETURN e, degree
				""";
		return List.copyOf(this.client.query(cypher)
			.bind(first).to("first")
			.bind(excludeGroups).to("excludeGroups")
			.fetchAs(ConnectedEntity.class)
			.mappedBy((types, row) -> new ConnectedEntity(Entity.from(row.get("e")), row.get("degree").asLong()))
			.all());
	}

}

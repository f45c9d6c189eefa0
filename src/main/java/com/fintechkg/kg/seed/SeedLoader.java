package com.fintechkg.kg.seed;

import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fintechkg.kg.graph.DriverWrites;
import com.fintechkg.kg.graph.GraphWrites;
import com.fintechkg.kg.seed.SeedModel.Entity;
import com.fintechkg.kg.seed.SeedModel.Relation;
import com.fintechkg.kg.seed.SeedModel.Seed;
import com.fintechkg.kg.seed.SeedModel.Source;
import com.fintechkg.kg.stored.StoredProvenance;
import com.fintechkg.kg.vocabulary.Kind;
import com.fintechkg.kg.vocabulary.Vocabulary;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;

/**
 * Writes a validated seed into Neo4j in one transaction (all or nothing) with parameterised {@code MERGE}s,
 * so loading twice gives the same graph.
 * <p>
 * Nodes carry the label {@code Entity} plus their kind's label and the properties
 * {@link com.fintechkg.kg.stored.StoredEntity} gives them; relationships carry their vocabulary type and the
 * properties {@link com.fintechkg.kg.stored.StoredRelation} gives them. Everything the seed writes is marked
 * {@code origin: 'seed'}. Facts a curator created or changed ({@code origin: 'curated'}) are never
 * overwritten or pruned here, and facts a curator deleted (a {@code :Deleted} marker) are not brought back.
 */
public final class SeedLoader {

	/** The result of a load: what was written. */
	public record LoadResult(String version, int entities, int relations, int removedEntities, int removedRelations) {
	}

	/**
	 * How long the one load transaction may take. Longer than the 5 s every API transaction gets: a whole seed is
	 * written at once, and a busy machine (or a large seed) must not make start-up fail half-way.
	 */
	static final Duration LOAD_TIMEOUT = Duration.ofMinutes(5);

	/** The transaction settings of all start-up work: the load, the schema, the emptiness check. */
	static final TransactionConfig START_UP = TransactionConfig.builder().withTimeout(LOAD_TIMEOUT).build();

	private static final org.apache.commons.logging.Log logger = org.apache.commons.logging.LogFactory.getLog(SeedLoader.class);

	private final Driver driver;

	private final SessionConfig session;

	private final GraphWrites writes;

	/**
	 * A loader that reads through {@code driver} and writes through {@code writes} (in-process with the embedded
	 * database, where Bolt is read-only).
	 */
	public SeedLoader(Driver driver, SessionConfig session, GraphWrites writes) {
		this.driver = driver;
		this.session = session;
		this.writes = writes;
	}

	/** A loader that reads and writes through {@code driver}: for a database that takes writes over Bolt. */
	public SeedLoader(Driver driver, SessionConfig session) {
		this(driver, session, new DriverWrites(driver, session));
	}

	GraphWrites writes() {
		return this.writes;
	}

	Driver driver() {
		return this.driver;
	}

	SessionConfig session() {
		return this.session;
	}

	/** Whether the database holds no entity yet. */
	public boolean isEmpty() {
		try (var db = this.driver.session(this.session)) {
			return db.executeRead((tx) -> tx.run("MATCH (e:Entity) RETURN count(e) AS n").single().get("n").asLong(),
					START_UP) == 0;
		}
	}

	/** The checksum of the seed last loaded into the database, or null when none was. */
	public @Nullable String loadedChecksum() {
		try (var db = this.driver.session(this.session)) {
			return db.executeRead((tx) -> tx.run("OPTIONAL MATCH (i:SeedInfo {id: 'seed'}) RETURN i.checksum AS checksum")
				.single()
				.get("checksum")
				.asString(null), START_UP);
		}
	}

	/**
	 * Writes {@code seed} in one transaction, into a database whose schema is in place ({@link SeedRunner}
	 * ensures it on every start, before anything else). With {@code prune}, seeded nodes and relationships that are
	 * no longer in the seed are removed in the same transaction.
	 */
	public LoadResult load(Seed seed, boolean prune) {
		logger.info("Writing seed %s (%d entities, %d relations) in one transaction".formatted(seed.version(),
				seed.entities().size(), seed.relations().size()));
		return this.writes.inTransaction(LOAD_TIMEOUT, (tx) -> write(tx, seed, prune));
	}

	private LoadResult write(GraphWrites.Statements tx, Seed seed, boolean prune) {
		tx.run("""
				UNWIND $sources AS source
				MERGE (s:Source {id: source.id})
				SET s += source
				""", Map.of("sources", seed.sources().stream().map(SeedLoader::sourceRow).toList()));
		tx.run("""
				UNWIND $types AS type
				MERGE (t:RelationType {name: type.name})
				SET t += type
				WITH collect(type.name) AS names
				MATCH (t:RelationType) WHERE NOT t.name IN names
				DELETE t
				""", Map.of("types", seed.vocabulary().types().stream().map(SeedLoader::typeRow).toList()));
		tx.run("""
				UNWIND $entities AS row
				WITH row WHERE NOT EXISTS { MATCH (:Deleted {id: row.id}) }
				MERGE (e:Entity {id: row.id})
				ON CREATE SET e.version = 1, e.createdAt = datetime(), e.origin = $origin
				WITH e, row WHERE e.origin = $origin
				SET e += row.properties
				SET e:$(row.kind)
				REMOVE e:$([label IN labels(e) WHERE label <> 'Entity' AND label <> row.kind])
				""", Map.of("origin", StoredProvenance.SEED, "entities",
						seed.entities().stream().map((entity) -> entity.stored().row(StoredProvenance.SEED)).toList()));
		// Relationships written before relations carried citation lists (curated ones, which the seed never
		// rewrites, included) move their one citation into the lists.
		tx.run("""
				MATCH (:Entity)-[r]->(:Entity)
				WHERE r.quote IS NOT NULL AND r.citationQuotes IS NULL
				SET r.citationSources = [coalesce(r.source, $source)], r.citationSections = [coalesce(r.section, '')],
				    r.citationQuotes = [r.quote]
				REMOVE r.source, r.section, r.quote
				""", Map.of("source", seed.defaultSource()));
		tx.run("""
				UNWIND $relations AS row
				WITH row WHERE NOT EXISTS { MATCH (:Deleted {id: row.id}) }
				MATCH (a:Entity {id: row.from})
				MATCH (b:Entity {id: row.to})
				MERGE (a)-[r:$(row.type) {id: row.id}]->(b)
				ON CREATE SET r.version = 1, r.createdAt = datetime(), r.origin = $origin
				WITH r, row WHERE r.origin = $origin
				SET r += row.properties
				""", Map.of("origin", StoredProvenance.SEED, "relations",
						seed.relations().stream().map((relation) -> relation.stored().row(StoredProvenance.SEED)).toList()));
		int removedEntities = 0;
		int removedRelations = 0;
		if (prune) {
			List<String> relationIds = seed.relations().stream().map(Relation::id).toList();
			removedRelations = tx.run("""
					MATCH (:Entity)-[r]->(:Entity)
					WHERE r.origin = $origin AND NOT r.id IN $ids
					DELETE r
					RETURN count(r) AS n
					""", Map.of("origin", StoredProvenance.SEED, "ids", relationIds)).getFirst().get("n").asInt();
			List<String> entityIds = seed.entities().stream().map(Entity::id).toList();
			removedEntities = tx.run("""
					MATCH (e:Entity)
					WHERE e.origin = $origin AND NOT e.id IN $ids
					  AND NOT EXISTS { MATCH (e)-[c]-() WHERE c.origin = $curated }
					DETACH DELETE e
					RETURN count(e) AS n
					""", Map.of("origin", StoredProvenance.SEED, "curated", StoredProvenance.CURATED, "ids", entityIds)).getFirst().get("n").asInt();
		}
		tx.run("""
				MERGE (i:SeedInfo {id: 'seed'})
				SET i.version = $version, i.checksum = $checksum, i.loadedAt = datetime(),
				    i.entities = $entities, i.relations = $relations
				""", Map.of("version", seed.version(), "checksum", seed.checksum(), "entities", seed.entities().size(),
				"relations", seed.relations().size()));
		return new LoadResult(seed.version(), seed.entities().size(), seed.relations().size(), removedEntities,
				removedRelations);
	}

	private static Map<String, Object> sourceRow(Source source) {
		Map<String, Object> row = new HashMap<>();
		row.put("id", source.id());
		row.put("title", source.title());
		row.put("titleEn", source.titleEn());
		row.put("publisher", source.publisher());
		row.put("date", source.date());
		row.put("language", source.language());
		return row;
	}

	private static Map<String, Object> typeRow(Vocabulary.RelationType type) {
		return Map.of("name", type.name(), "from", type.from().stream().map(Kind::name).toList(), "to",
				type.to().stream().map(Kind::name).toList(), "description", type.description(), "facts", type.facts());
	}

}

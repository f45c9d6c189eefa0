package com.fintechkg.kg.curation;

import java.time.Duration;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import com.fintechkg.kg.entity.Entity;
import com.fintechkg.kg.graph.GraphWrites.Statements;
import com.fintechkg.kg.graph.GraphWrites;
import com.fintechkg.kg.relation.RelationQueries;
import com.fintechkg.kg.seed.SeedLoader;
import com.fintechkg.kg.seed.SeedModel;
import com.fintechkg.kg.seed.SeedValidator;
import com.fintechkg.kg.stored.Citation;
import com.fintechkg.kg.stored.StoredEntity;
import com.fintechkg.kg.stored.StoredProvenance;
import com.fintechkg.kg.vocabulary.Kind;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The Cypher of curated writes. Each write is one transaction: it first locks what it changes (so the version it
 * then reads is the latest committed one), checks the version the curator expected, writes, and records a
 * {@code :Change} with who, when, the citation and the state before. Any refusal rolls the whole write back.
 * Written facts are marked {@code origin: 'curated'}, which the seed loader never overwrites; deleted ones leave a
 * {@code :Deleted} marker, so a reload of the seed does not bring them back. The writes go through
 * {@link GraphWrites}: in-process with the embedded database, whose Bolt door is read-only.
 */
@Component
class CurationStore {

	private static final JsonMapper json = JsonMapper.builder().build();

	private final GraphWrites writes;

	private final Duration timeout;

	CurationStore(GraphWrites writes, @Value("${spring.transaction.default-timeout:5s}") Duration timeout) {
		this.writes = writes;
		this.timeout = timeout;
	}

	/** A stored node or relationship, locked: its properties and (for nodes) its kind. */
	private record Locked(Map<String, Object> properties, int version) {
	}

	Payloads.UpsertEntityPayload upsertEntity(SeedModel.Entity entity, @Nullable Integer expectedVersion, String by) {
		return this.writes.inTransaction(this.timeout, (tx) -> {
			Locked current = lockEntity(tx, entity.id());
			int version = nextVersion("Entity", entity.id(), current, expectedVersion);
			if (current != null && !entity.kind().name().equals(current.properties().get("kind"))) {
				throw CurationException.invalid("Entity '" + entity.id() + "' is a " + current.properties().get("kind")
						+ "; its kind cannot change (delete it and create a new one)");
			}
			refuseNameClash(tx, entity);
			Map<String, Object> row = curated(entity.stored().row(StoredProvenance.CURATED), version,
					by);
			Record node = one(tx.run("""
					MERGE (e:Entity {id: $row.id})
					ON CREATE SET e.createdAt = datetime()
					SET e += $row.properties, e.updatedAt = datetime()
					SET e:$($row.kind)
					REMOVE e:$([label IN labels(e) WHERE label <> 'Entity' AND label <> $row.kind])
					WITH e
					OPTIONAL MATCH (d:Deleted {id: e.id})
					DELETE d
					RETURN e""", Map.of("row", row)));
			Citation citation = entity.citations().getFirst();
			Change change = record(tx, (current == null) ? "CREATE_ENTITY" : "UPDATE_ENTITY", entity.id(), version, by,
					citation, null, (current != null) ? current.properties() : null);
			return new Payloads.UpsertEntityPayload(Entity.from(node.get("e")), current == null, change);
		});
	}

	Payloads.UpsertRelationPayload upsertRelation(SeedModel.Relation relation, @Nullable Integer expectedVersion,
			String by) {
		return this.writes.inTransaction(this.timeout, (tx) -> {
			Locked current = lockRelation(tx, relation.from(), relation.id(), relation.to());
			int version = nextVersion("Relation", relation.id(), current, expectedVersion);
			Map<String, Object> row = curated(relation.stored().row(StoredProvenance.CURATED), version, by);
			Record stored = one(tx.run("""
					MATCH (a:Entity {id: $row.from})
					MATCH (b:Entity {id: $row.to})
					MERGE (a)-[r:$($row.type) {id: $row.id}]->(b)
					ON CREATE SET r.createdAt = datetime()
					SET r += $row.properties, r.updatedAt = datetime()
					WITH r
					OPTIONAL MATCH (d:Deleted {id: r.id})
					DELETE d
					RETURN %s AS relation""".formatted(RelationQueries.PROJECTION), Map.of("row", row)));
			Change change = record(tx, (current == null) ? "CREATE_RELATION" : "UPDATE_RELATION", relation.id(), version,
					by, relation.citations().getFirst(), null, (current != null) ? current.properties() : null);
			return new Payloads.UpsertRelationPayload(RelationQueries.relation(stored.get("relation")), current == null,
					change);
		});
	}

	Payloads.DeletePayload deleteRelation(String id, int expectedVersion, Citation citation, String reason, String by) {
		String[] parts = id.split(":", -1);
		if (parts.length != 3) {
			throw CurationException.invalid("A relation id is `from:TYPE:to`, was '" + id + "'");
		}
		return this.writes.inTransaction(this.timeout, (tx) -> {
			Locked current = lockRelation(tx, parts[0], id, parts[2]);
			if (current == null) {
				throw CurationException.notFound("No relation '" + id + "'");
			}
			if (current.version() != expectedVersion) {
				throw CurationException.stale("Relation", id, expectedVersion, current.version());
			}
			tx.run("""
					MATCH (:Entity {id: $from})-[r {id: $id}]->(:Entity {id: $to})
					DELETE r
					MERGE (d:Deleted {id: $id}) SET d.kind = 'relation', d.at = datetime(), d.by = $by""",
					Map.of("from", parts[0], "id", id, "to", parts[2], "by", by));
			Change change = record(tx, "DELETE_RELATION", id, expectedVersion, by, citation, reason, current.properties());
			return new Payloads.DeletePayload(id, List.of(), change);
		});
	}

	Payloads.DeletePayload deleteEntity(String id, int expectedVersion, boolean detach, Citation citation,
			String reason, String by) {
		return this.writes.inTransaction(this.timeout, (tx) -> {
			Locked current = lockEntity(tx, id);
			if (current == null) {
				throw CurationException.notFound("No entity '" + id + "'");
			}
			if (current.version() != expectedVersion) {
				throw CurationException.stale("Entity", id, expectedVersion, current.version());
			}
			List<Record> relations = tx.run("""
					MATCH (e:Entity {id: $id})-[r]-(:Entity)
					RETURN r.id AS id, type(r) AS type, startNode(r).id AS from, endNode(r).id AS to, properties(r) AS properties
					ORDER BY r.id""", Map.of("id", id));
			if (!relations.isEmpty() && !detach) {
				throw CurationException.conflict("Entity '" + id + "' still has " + relations.size()
						+ " relations; delete them first, or pass detach: true to delete them with it");
			}
			List<String> relationIds = new ArrayList<>();
			for (Record relation : relations) {
				String relationId = relation.get("id").asString();
				relationIds.add(relationId);
				Map<String, Object> before = new TreeMap<>(relation.get("properties").asMap());
				before.put("type", relation.get("type").asString());
				before.put("from", relation.get("from").asString());
				before.put("to", relation.get("to").asString());
				record(tx, "DELETE_RELATION", relationId,
						((Number) before.getOrDefault(StoredProvenance.VERSION, 1L)).intValue(), by,
						citation, "deleted with entity '" + id + "': " + reason, before);
			}
			tx.run("""
					MATCH (e:Entity {id: $id})
					DETACH DELETE e
					WITH $deleted AS ids
					UNWIND ids AS deletedId
					MERGE (d:Deleted {id: deletedId}) SET d.at = datetime(), d.by = $by,
					  d.kind = CASE WHEN deletedId = $id THEN 'entity' ELSE 'relation' END""",
					Map.of("id", id, "deleted", concat(id, relationIds), "by", by));
			Change change = record(tx, "DELETE_ENTITY", id, expectedVersion, by, citation, reason, current.properties());
			return new Payloads.DeletePayload(id, relationIds, change);
		});
	}

	/**
	 * The version a write of {@code current} (null: absent) will store, if the writer's expectation holds: a create
	 * expects nothing to exist, a change expects the version stored now.
	 */
	private static int nextVersion(String what, String id, @Nullable Locked current, @Nullable Integer expected) {
		if (current == null && expected != null) {
			throw CurationException.notFound("No " + what.toLowerCase(Locale.ROOT) + " '" + id
					+ "' to change (omit expectedVersion to create it)");
		}
		if (current != null && expected == null) {
			throw CurationException.conflict(what + " '" + id + "' already exists at version " + current.version()
					+ "; pass expectedVersion to change it");
		}
		if (current != null && current.version() != expected) {
			throw CurationException.stale(what, id, expected, current.version());
		}
		return (current != null) ? current.version() + 1 : 1;
	}

	/** A curated write's row of the stored shape, with the version it writes and who wrote it. */
	private static Map<String, Object> curated(Map<String, Object> storedRow, int version, String by) {
		Map<String, Object> row = new HashMap<>(storedRow);
		@SuppressWarnings("unchecked")
		Map<String, Object> properties = new HashMap<>((Map<String, Object>) row.get("properties"));
		properties.put(StoredProvenance.VERSION, version);
		properties.put(StoredProvenance.UPDATED_BY, by);
		row.put("properties", properties);
		return row;
	}

	/** The kinds of the entities {@code ids}, for those that exist. */
	Map<String, Kind> kinds(List<String> ids) {
		return this.writes.inTransaction(this.timeout, (tx) -> {
			Map<String, Kind> kinds = new HashMap<>();
			tx.run("MATCH (e:Entity) WHERE e.id IN $ids RETURN e.id AS id, e.kind AS kind", Map.of("ids", ids))
				.forEach((row) -> kinds.put(row.get("id").asString(), Kind.of(row.get("kind").asString())));
			return kinds;
		});
	}

	/**
	 * Takes the write lock on the entity (a write to it), then reads it: holding the lock, the read sees the
	 * latest committed version, and no one else can change it until this transaction ends.
	 */
	private static @Nullable Locked lockEntity(Statements tx, String id) {
		List<Record> rows = tx.run("""
				MATCH (e:Entity {id: $id})
				SET e.lockedAt = datetime()
				REMOVE e.lockedAt
				WITH e
				RETURN properties(e) AS properties""", Map.of("id", id));
		return rows.isEmpty() ? null : locked(one(rows).get("properties"));
	}

	private static @Nullable Locked lockRelation(Statements tx, String from, String id, String to) {
		List<Record> rows = tx.run("""
				MATCH (a:Entity {id: $from})-[r {id: $id}]->(b:Entity {id: $to})
				SET r.lockedAt = datetime()
				REMOVE r.lockedAt
				WITH a, r, b
				RETURN r {.*, type: type(r), from: a.id, to: b.id} AS properties""",
				Map.of("from", from, "id", id, "to", to));
		return rows.isEmpty() ? null : locked(one(rows).get("properties"));
	}

	private static Locked locked(org.neo4j.driver.Value properties) {
		Map<String, Object> values = new TreeMap<>(properties.asMap());
		return new Locked(values, properties.get(StoredProvenance.VERSION).asInt(1));
	}

	/** Names or aliases of {@code entity} that another entity already has. */
	private static void refuseNameClash(Statements tx, SeedModel.Entity entity) {
		List<String> keys = StoredEntity.nameKeys(entity.name(), entity.nameZh(), entity.aliases());
		Collection<String> clashes = tx.run("""
				MATCH (o:Entity) WHERE o.id <> $id AND any(key IN o.%1$s WHERE key IN $keys)
				RETURN o.id + ' (' + reduce(s = '', key IN [k IN o.%1$s WHERE k IN $keys] | s + ' ' + key) + ' )' AS clash
				ORDER BY clash LIMIT 10""".formatted(StoredEntity.NAME_KEYS), Map.of("id", entity.id(), "keys", keys))
			.stream()
			.map((row) -> row.get("clash").asString())
			.toList();
		if (!clashes.isEmpty()) {
			throw CurationException.conflict("A name or alias of '" + entity.id()
					+ "' already belongs to another entity (one real thing must be one entity): " + String.join(", ", clashes));
		}
	}

	private static Change record(Statements tx, String action, String target, int version, String by,
			Citation citation, @Nullable String reason, @Nullable Map<String, Object> before) {
		Map<String, Object> change = new HashMap<>();
		change.put("action", action);
		change.put("target", target);
		change.put("version", version);
		change.put("by", by);
		change.put("citationSource", citation.source());
		change.put("citationSection", citation.section());
		change.put("citationQuote", citation.quote());
		change.put("reason", reason);
		change.put("before", (before != null) ? toJson(before) : null);
		return Change.from(one(tx.run("""
				CREATE (c:Change {id: randomUUID(), at: datetime()})
				SET c += $change
				RETURN c""", Map.of("change", change))).get("c"));
	}

	/** The one row a statement answers. */
	private static Record one(List<Record> rows) {
		if (rows.size() != 1) {
			throw new IllegalStateException("Expected one row, got " + rows.size());
		}
		return rows.getFirst();
	}

	private static String toJson(Map<String, Object> properties) {
		Map<String, Object> plain = new TreeMap<>();
		properties.forEach((key, value) -> plain.put(key, (value instanceof TemporalAccessor) ? value.toString() : value));
		return json.writeValueAsString(plain);
	}

	private static List<String> concat(String first, List<String> rest) {
		List<String> all = new ArrayList<>(rest.size() + 1);
		all.add(first);
		all.addAll(rest);
		return all;
	}

}

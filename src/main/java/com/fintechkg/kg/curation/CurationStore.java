package com.fintechkg.kg.curation;

import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import com.fintechkg.kg.entity.Entity;
import com.fintechkg.kg.relation.Relation;
import com.fintechkg.kg.relation.RelationQueries;
import com.fintechkg.kg.seed.Kind;
import com.fintechkg.kg.seed.SeedLoader;
import com.fintechkg.kg.seed.SeedModel;
import com.fintechkg.kg.seed.SeedModel.Citation;
import com.fintechkg.kg.seed.SeedValidator;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Cypher of curated writes. Each write is one transaction: it first locks what it changes (so the version it
 * then reads is the latest committed one), checks the version the curator expected, writes, and records a
 * {@code :Change} with who, when, the citation and the state before. Any refusal rolls the whole write back.
 * Written facts are marked {@code origin: 'curated'}, which the seed loader never overwrites; deleted ones leave a
 * {@code :Deleted} marker, so a reload of the seed does not bring them back.
 */
@Component
@Transactional
class CurationStore {

	private static final JsonMapper json = JsonMapper.builder().build();

	private final Neo4jClient client;

	CurationStore(Neo4jClient client) {
		this.client = client;
	}

	/** A stored node or relationship, locked: its properties and (for nodes) its kind. */
	private record Locked(Map<String, Object> properties, int version) {
	}

	Payloads.UpsertEntityPayload upsertEntity(SeedModel.Entity entity, @Nullable Integer expectedVersion, String by) {
		Locked current = lockEntity(entity.id());
		int version = nextVersion("Entity", entity.id(), current, expectedVersion);
		if (current != null && !entity.kind().name().equals(current.properties().get("kind"))) {
			throw CurationException.invalid("Entity '" + entity.id() + "' is a " + current.properties().get("kind")
					+ "; its kind cannot change (delete it and create a new one)");
		}
		refuseNameClash(entity);
		Map<String, Object> row = curated(SeedLoader.entityRow(entity), version, by);
		Value node = this.client.query("""
				MERGE (e:Entity {id: $row.id})
				ON CREATE SET e.createdAt = datetime()
				SET e += $row.properties, e.updatedAt = datetime()
				SET e:$($row.kind)
				REMOVE e:$($row.otherKinds)
				WITH e
				OPTIONAL MATCH (d:Deleted {id: e.id})
				DELETE d
				RETURN e""")
			.bind(row).to("row")
			.fetchAs(Value.class).mappedBy((types, record) -> record.get("e")).one().orElseThrow();
		Citation citation = entity.citations().getFirst();
		Change change = record((current == null) ? "CREATE_ENTITY" : "UPDATE_ENTITY", entity.id(), version, by, citation,
				null, (current != null) ? current.properties() : null);
		return new Payloads.UpsertEntityPayload(Entity.from(node), current == null, change);
	}

	Payloads.UpsertRelationPayload upsertRelation(SeedModel.Relation relation, @Nullable Integer expectedVersion,
			String by) {
		Locked current = lockRelation(relation.from(), relation.id(), relation.to());
		int version = nextVersion("Relation", relation.id(), current, expectedVersion);
		Map<String, Object> row = curated(SeedLoader.relationRow(relation), version, by);
		Relation stored = this.client.query("""
				MATCH (a:Entity {id: $row.from})
				MATCH (b:Entity {id: $row.to})
				MERGE (a)-[r:$($row.type) {id: $row.id}]->(b)
				ON CREATE SET r.createdAt = datetime()
				SET r += $row.properties, r.updatedAt = datetime()
				WITH r
				OPTIONAL MATCH (d:Deleted {id: r.id})
				DELETE d
				RETURN %s AS relation""".formatted(RelationQueries.PROJECTION))
			.bind(row).to("row")
			.fetchAs(Relation.class).mappedBy((types, record) -> RelationQueries.relation(record.get("relation")))
			.one().orElseThrow();
		Change change = record((current == null) ? "CREATE_RELATION" : "UPDATE_RELATION", relation.id(), version, by,
				relation.citation(), null, (current != null) ? current.properties() : null);
		return new Payloads.UpsertRelationPayload(stored, current == null, change);
	}

	Payloads.DeletePayload deleteRelation(String id, int expectedVersion, Citation citation, String reason, String by) {
		String[] parts = id.split(":", -1);
		if (parts.length != 3) {
			throw CurationException.invalid("A relation id is `from:TYPE:to`, was '" + id + "'");
		}
		Locked current = lockRelation(parts[0], id, parts[2]);
		if (current == null) {
			throw CurationException.notFound("No relation '" + id + "'");
		}
		if (current.version() != expectedVersion) {
			throw CurationException.stale("Relation", id, expectedVersion, current.version());
		}
		this.client.query("""
				MATCH (:Entity {id: $from})-[r {id: $id}]->(:Entity {id: $to})
				DELETE r
				MERGE (d:Deleted {id: $id}) SET d.kind = 'relation', d.at = datetime(), d.by = $by""")
			.bindAll(Map.of("from", parts[0], "id", id, "to", parts[2], "by", by)).run();
		Change change = record("DELETE_RELATION", id, expectedVersion, by, citation, reason, current.properties());
		return new Payloads.DeletePayload(id, List.of(), change);
	}

	Payloads.DeletePayload deleteEntity(String id, int expectedVersion, boolean detach, Citation citation,
			String reason, String by) {
		Locked current = lockEntity(id);
		if (current == null) {
			throw CurationException.notFound("No entity '" + id + "'");
		}
		if (current.version() != expectedVersion) {
			throw CurationException.stale("Entity", id, expectedVersion, current.version());
		}
		List<Map<String, Object>> relations = List.copyOf(this.client.query("""
				MATCH (e:Entity {id: $id})-[r]-(:Entity)
				RETURN r.id AS id, type(r) AS type, startNode(r).id AS from, endNode(r).id AS to, properties(r) AS properties
				ORDER BY r.id""")
			.bind(id).to("id").fetch().all());
		if (!relations.isEmpty() && !detach) {
			throw CurationException.conflict("Entity '" + id + "' still has " + relations.size()
					+ " relations; delete them first, or pass detach: true to delete them with it");
		}
		List<String> relationIds = new ArrayList<>();
		for (Map<String, Object> relation : relations) {
			String relationId = (String) relation.get("id");
			relationIds.add(relationId);
			@SuppressWarnings("unchecked")
			Map<String, Object> before = new TreeMap<>((Map<String, Object>) relation.get("properties"));
			before.put("type", relation.get("type"));
			before.put("from", relation.get("from"));
			before.put("to", relation.get("to"));
			record("DELETE_RELATION", relationId, ((Number) before.getOrDefault("version", 1L)).intValue(), by, citation,
					"deleted with entity '" + id + "': " + reason, before);
		}
		this.client.query("""
				MATCH (e:Entity {id: $id})
				DETACH DELETE e
				WITH $deleted AS ids
				UNWIND ids AS deletedId
				MERGE (d:Deleted {id: deletedId}) SET d.at = datetime(), d.by = $by,
				  d.kind = CASE WHEN deletedId = $id THEN 'entity' ELSE 'relation' END""")
			.bindAll(Map.of("id", id, "deleted", concat(id, relationIds), "by", by)).run();
		Change change = record("DELETE_ENTITY", id, expectedVersion, by, citation, reason, current.properties());
		return new Payloads.DeletePayload(id, relationIds, change);
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

	/** The loader's row for a seed record, marked as a curator's write at {@code version}. */
	private static Map<String, Object> curated(Map<String, Object> seedRow, int version, String by) {
		Map<String, Object> row = new HashMap<>(seedRow);
		@SuppressWarnings("unchecked")
		Map<String, Object> properties = new HashMap<>((Map<String, Object>) row.get("properties"));
		properties.put("origin", "curated");
		properties.put("version", version);
		properties.put("updatedBy", by);
		row.put("properties", properties);
		return row;
	}

	/** The kinds of the entities {@code ids}, for those that exist. */
	Map<String, Kind> kinds(List<String> ids) {
		Map<String, Kind> kinds = new HashMap<>();
		this.client.query("MATCH (e:Entity) WHERE e.id IN $ids RETURN e.id AS id, e.kind AS kind")
			.bind(ids).to("ids").fetch().all()
			.forEach((row) -> kinds.put((String) row.get("id"), Kind.parse((String) row.get("kind")).orElseThrow()));
		return kinds;
	}

	/**
	 * Takes the write lock on the entity (a write to it), then reads it: holding the lock, the read sees the
	 * latest committed version, and no one else can change it until this transaction ends.
	 */
	private @Nullable Locked lockEntity(String id) {
		return this.client.query("""
				MATCH (e:Entity {id: $id})
				SET e.lockedAt = datetime()
				REMOVE e.lockedAt
				WITH e
				RETURN properties(e) AS properties""")
			.bind(id).to("id")
			.fetchAs(Locked.class).mappedBy((types, record) -> locked(record.get("properties")))
			.one().orElse(null);
	}

	private @Nullable Locked lockRelation(String from, String id, String to) {
		return this.client.query("""
				MATCH (a:Entity {id: $from})-[r {id: $id}]->(b:Entity {id: $to})
				SET r.lockedAt = datetime()
				REMOVE r.lockedAt
				WITH a, r, b
				RETURN r {.*, type: type(r), from: a.id, to: b.id} AS properties""")
			.bindAll(Map.of("from", from, "id", id, "to", to))
			.fetchAs(Locked.class).mappedBy((types, record) -> locked(record.get("properties")))
			.one().orElse(null);
	}

	private static Locked locked(Value properties) {
		Map<String, Object> values = new TreeMap<>(properties.asMap());
		return new Locked(values, properties.get("version").asInt(1));
	}

	/** Names or aliases of {@code entity} that another entity already has. */
	private void refuseNameClash(SeedModel.Entity entity) {
		List<String> keys = SeedValidator.nameKeys(entity.name(), entity.nameZh(), entity.aliases());
		Collection<String> clashes = this.client.query("""
				MATCH (o:Entity) WHERE o.id <> $id AND any(key IN o.nameKeys WHERE key IN $keys)
				RETURN o.id + ' (' + reduce(s = '', key IN [k IN o.nameKeys WHERE k IN $keys] | s + ' ' + key) + ' )' AS clash
				ORDER BY clash LIMIT 10""")
			.bindAll(Map.of("id", entity.id(), "keys", keys))
			.fetchAs(String.class).all();
		if (!clashes.isEmpty()) {
			throw CurationException.conflict("A name or alias of '" + entity.id()
					+ "' already belongs to another entity (one real thing must be one entity): " + String.join(", ", clashes));
		}
	}

	private Change record(String action, String target, int version, String by, Citation citation,
			@Nullable String reason, @Nullable Map<String, Object> before) {
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
		return this.client.query("""
				CREATE (c:Change {id: randomUUID(), at: datetime()})
				SET c += $change
				RETURN c""")
			.bind(change).to("change")
			.fetchAs(Change.class).mappedBy((types, record) -> Change.from(record.get("c")))
			.one().orElseThrow();
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

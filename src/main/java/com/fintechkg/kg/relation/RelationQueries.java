package com.fintechkg.kg.relation;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fintechkg.kg.caching.TotalCounts;
import com.fintechkg.kg.entity.Entity;
import com.fintechkg.kg.entity.Provenance;
import com.fintechkg.kg.filter.CypherFilter;
import com.fintechkg.kg.filter.Filters.EntityWhere;
import com.fintechkg.kg.filter.Filters.RelationWhere;
import com.fintechkg.kg.graph.GraphReads;
import com.fintechkg.kg.paging.Keyset;
import com.fintechkg.kg.relation.TypedRelationPage.Item;
import com.fintechkg.kg.relation.TypedRelationPage.Rows;
import com.fintechkg.kg.stored.StoredRelation;
import com.fintechkg.kg.vocabulary.Kind;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Component;

/**
 * The Cypher for reading relations: one statement per batch of entities, values always as parameters. The only
 * text built into statements comes from fixed vocabularies (directions, kinds' labels, filter structure).
 */
@Component
public class RelationQueries {

	/** Projects a relationship {@code r} with its type and both ends, as {@link #relation(Value)} reads it. */
	public static final String PROJECTION = "{r: r, type: type(r), from: startNode(r), to: endNode(r)}";

	/** Projects a relationship {@code r} with its type and its ends' ids, as {@link #relation(Value, Map)} reads it. */
	public static final String PROJECTION_BY_ID = "{r: r, type: type(r), from: startNode(r).id, to: endNode(r).id}";

	private final GraphReads client;

	private final TotalCounts counts;

	RelationQueries(GraphReads client, TotalCounts counts) {
		this.client = client;
		this.counts = counts;
	}

	/**
	 * The relations of each of {@code ids}, at most {@code first} per entity, ordered by type then the other end's
	 * id. One round trip for the whole batch; each relation carries both ends. {@code types} must be names of the
	 * vocabulary (the caller checks them): they go into the pattern, so a dense node's other types are not read.
	 */
	public Map<String, List<Relation>> relationsOf(Collection<String> ids, Direction direction,
			@Nullable List<String> types, int first) {
		record Row(String id, List<Relation> relations) {
		}
		if (types != null && types.isEmpty()) {
			return Map.of();
		}
		// language=cypher
		String cypher = """
				UNWIND $ids AS id
				MATCH (e:Entity {id: id})
				CALL (e) {
				  MATCH %s
				  WITH r, o ORDER BY type(r), o.id
				  LIMIT $first
				  RETURN collect(%s) AS relations
				}
				RETURN id, relations
				""".formatted((types != null) ? typedPattern(types, direction) : direction.pattern(), PROJECTION);
		return this.client.query(cypher)
			.bind(List.copyOf(ids)).to("ids")
			.bind(first).to("first")
			.fetchAs(Row.class)
			.mappedBy((typeSystem, row) -> new Row(row.get("id").asString(),
					row.get("relations").asList(RelationQueries::relation)))
			.all()
			.stream()
			.collect(Collectors.toMap(Row::id, Row::relations));
	}

	/**
	 * A typed relationship field for a batch of entities: up to {@code limit} rows per entity after {@code after},
	 * and (when {@code counted}) how many match in all. The list form has one row per related entity (with the
	 * relation of the lowest id to it), the connection form one per relation.
	 *
	 * <p>
	 * Each entity's page is cut where it is read: the relationship types are in the pattern (a hub's relations of
	 * other types are not read), and {@code ORDER BY … LIMIT} runs on the bare rows before anything is projected,
	 * so the database keeps the page in a bounded top-k and projects only what the page holds. At 1,000,000
	 * entities a page of 101 under a hub of 20,000 relations costs the relations' ids, not 20,000 projected rows
	 * collected and sorted (docs/performance.md, "Pages under hubs"). The count is a separate subquery, run only
	 * when {@code totalCount} is selected.
	 */
	Map<String, Rows> typed(Collection<String> ids, RelationField field, @Nullable EntityWhere where,
			@Nullable RelationWhere edge, int limit, @Nullable String after, boolean counted) {
		Map<String, Object> parameters = new HashMap<>();
		CypherFilter filter = new CypherFilter(parameters, "f");
		parameters.put("ids", List.copyOf(ids));
		parameters.put("limit", limit);
		String pattern = typedPattern(field);
		String target = (field.target() != null) ? " AND o:" + field.target().name() : "";
		String conditions = "true" + target + " AND " + filter.entity("o", where) + " AND "
				+ filter.relation("r", "startNode(r)", "endNode(r)", edge);
		String afterCondition = afterCondition(field, after, filter);
		// language=cypher
		String page = field.connection() ? """
				CALL (e) {
				  MATCH %1$s
				  WHERE %2$s AND %3$s
				  WITH r, o ORDER BY o.id, r.id LIMIT $limit
				  RETURN collect({item: %4$s, o: o, keys: [o.id, r.id]}) AS page
				}""".formatted(pattern, conditions, afterCondition, PROJECTION) : """
				CALL (e) {
				  MATCH %1$s
				  WHERE %2$s AND %3$s
				  WITH DISTINCT o ORDER BY o.id LIMIT $limit
				  CALL (e, o) {
				    MATCH %1$s
				    WHERE %2$s
				    WITH r ORDER BY r.id LIMIT 1
				    RETURN r
				  }
				  RETURN collect({item: %4$s, o: o, keys: [o.id]}) AS page
				}""".formatted(pattern, conditions, afterCondition, PROJECTION);
		String total = !counted ? "" : """
				CALL (e) {
				  MATCH %s
				  WHERE %s
				  RETURN count(%s) AS total
				}""".formatted(pattern, conditions, field.connection() ? "r" : "DISTINCT o");
		String cypher = """
				UNWIND $ids AS id
				MATCH (e:Entity {id: id})
				%s
				%s
				RETURN id, %s AS total, page
				""".formatted(page, total, counted ? "total" : "-1");
		record Row(String id, Rows rows) {
		}
		return this.client.query(cypher)
			.bindAll(parameters)
			.fetchAs(Row.class)
			.mappedBy((typeSystem, row) -> new Row(row.get("id").asString(), new Rows(row.get("page")
				.asList((value) -> new Item(relation(value.get("item")), Entity.from(value.get("o")),
						value.get("keys").asList(Value::asObject))),
					row.get("total").asLong())))
			.all()
			.stream()
			.collect(Collectors.toMap(Row::id, Row::rows));
	}

	/**
	 * The pattern of a typed field from {@code e} over {@code r} to {@code o}, with the field's relationship types
	 * in it: names from the vocabulary (the schema's {@code @relation} directives), so the database expands only
	 * those types of a dense node.
	 */
	private static String typedPattern(RelationField field) {
		return typedPattern(field.types(), field.direction());
	}

	private static String typedPattern(List<String> types, Direction direction) {
		String names = types.stream()
			.map((type) -> "`" + type.replace("`", "``") + "`")
			.collect(Collectors.joining("|"));
		return direction.pattern().replace("[r]", "[r:" + names + "]");
	}

	private static String afterCondition(RelationField field, @Nullable String after, CypherFilter filter) {
		return afterCondition(field, after, filter, "o.id", "r.id");
	}

	/** The rows after cursor {@code after}, by the far end's id {@code otherId} and the relation's {@code relationId}. */
	private static String afterCondition(RelationField field, @Nullable String after, CypherFilter filter,
			String otherId, String relationId) {
		if (after == null) {
			return "true";
		}
		List<Object> keys = Keyset.decode(after);
		if (!field.connection()) {
			return otherId + " > " + filter.parameter(keys.getFirst());
		}
		if (keys.size() != 2) {
			throw new com.fintechkg.kg.graphql.InvalidArgumentException(
					"Argument 'after' is not a cursor of this connection");
		}
		String other = filter.parameter(keys.get(0));
		return "(" + otherId + " > " + other + " OR (" + otherId + " = " + other + " AND " + relationId + " > "
				+ filter.parameter(keys.get(1)) + "))";
	}

	/**
	 * The pattern from entity variable {@code owner} over relationship {@code r} to entity {@code other}, for a
	 * statement that reads a relation field inside a larger one ({@code translate}).
	 */
	public static String pattern(Direction direction, String owner, String r, String other) {
		return direction.pattern().replace("(e)", "(" + owner + ")").replace("[r]", "[" + r + "]")
			.replace("(o:", "(" + other + ":");
	}

	/**
	 * The condition of a typed relationship field on {@code r} and its far end {@code other}: its types, the kind at
	 * the far end, and the client's filters on both, as {@link #typed} applies them.
	 */
	public static String typedCondition(String r, String other, RelationField field, @Nullable EntityWhere where,
			@Nullable RelationWhere edge, CypherFilter filter) {
		String target = (field.target() != null) ? " AND " + other + ":" + field.target().name() : "";
		return "type(" + r + ") IN " + filter.parameter(field.types()) + target + " AND " + filter.entity(other, where)
				+ " AND " + filter.relation(r, "startNode(" + r + ")", "endNode(" + r + ")", edge);
	}

	/**
	 * One page of a typed relationship field of entity {@code owner}, bounded per owner: the rows after
	 * {@code after} in the field's order (the far end's id, then the relation's id), at most {@code limit}, each
	 * returned as {@code row}, an expression over {@code r} and {@code other}. The list form has one row per related
	 * entity, the connection form one per relation. A {@code COLLECT} subquery, to nest in a larger statement.
	 */
	public static String typedPage(String owner, String r, String other, RelationField field,
			@Nullable EntityWhere where, @Nullable RelationWhere edge, @Nullable String after, int limit, String guard,
			String row, CypherFilter filter) {
		String conditions = guard + typedCondition(r, other, field, where, edge, filter) + " AND "
				+ after(r, other, field, after, filter);
		String order = field.connection() ? "WITH " + r + ", " + other + " ORDER BY " + other + ".id, " + r + ".id"
				: "WITH DISTINCT " + other + " ORDER BY " + other + ".id";
		// language=cypher
		return "COLLECT { MATCH " + pattern(field.direction(), owner, r, other) + " WHERE " + conditions + " " + order
				+ " LIMIT " + filter.parameter(limit) + " RETURN " + row + " }";
	}

	/** How many rows a typed relationship field of {@code owner} has in all (any page); a {@code COUNT} subquery. */
	public static String typedCount(String owner, String r, String other, RelationField field,
			@Nullable EntityWhere where, @Nullable RelationWhere edge, String guard, CypherFilter filter) {
		String matches = "MATCH " + pattern(field.direction(), owner, r, other) + " WHERE " + guard
				+ typedCondition(r, other, field, where, edge, filter);
		return field.connection() ? "COUNT { " + matches + " RETURN " + r + " }"
				: "COUNT { " + matches + " RETURN DISTINCT " + other + " }";
	}

	/** The key values of a typed field's row, as its cursor encodes them. */
	public static String typedKeys(String r, String other, RelationField field) {
		return field.connection() ? "[" + other + ".id, " + r + ".id]" : "[" + other + ".id]";
	}

	private static String after(String r, String other, RelationField field, @Nullable String after,
			CypherFilter filter) {
		return afterCondition(field, after, filter, other + ".id", r + ".id");
	}

	/**
	 * The relations of entity {@code owner} as {@code Entity.relations} lists them ({@link #relationsOf}), bounded
	 * per owner, each returned as {@code row}; a {@code COLLECT} subquery, to nest in a larger statement.
	 * {@code ends} adds the relation's start and end nodes as {@code start} and {@code end} for the row.
	 */
	public static String incidentPage(String owner, String r, String other, Direction direction,
			@Nullable List<String> types, int limit, String guard, @Nullable String start, @Nullable String end,
			String row, CypherFilter filter) {
		String typeCondition = (types != null) ? "type(" + r + ") IN " + filter.parameter(types) : "true";
		String ends = ((start != null) ? ", startNode(" + r + ") AS " + start : "")
				+ ((end != null) ? ", endNode(" + r + ") AS " + end : "");
		// language=cypher
		return "COLLECT { MATCH " + pattern(direction, owner, r, other) + " WHERE " + guard + typeCondition + " WITH "
				+ r + ", " + other + " ORDER BY type(" + r + "), " + other + ".id LIMIT " + filter.parameter(limit)
				+ (ends.isEmpty() ? "" : " WITH " + r + ", " + other + ends) + " RETURN " + row + " }";
	}

	/**
	 * The map entries that project relationship {@code r} as {@link #relation(Value, Map)} reads it, its ends by id
	 * (as {@link #PROJECTION_BY_ID}).
	 */
	public static String projectionEntries(String r) {
		return "r: " + r + ", type: type(" + r + "), from: startNode(" + r + ").id, to: endNode(" + r + ").id";
	}

	/** Up to {@code limit} relations matching {@code where} after relation id {@code afterId}, by id. */
	List<Relation> page(@Nullable RelationWhere where, @Nullable String afterId, int limit) {
		Map<String, Object> parameters = new HashMap<>();
		String condition = new CypherFilter(parameters, "f").relation("r", "a", "b", where);
		parameters.put("after", afterId);
		parameters.put("limit", limit);
		// language=cypher
		String cypher = "MATCH (a:Entity)-[r]->(b:Entity) WHERE " + condition
				+ " AND ($after IS NULL OR r.id > $after) WITH r ORDER BY r.id LIMIT $limit RETURN " + PROJECTION
				+ " AS relation";
		return List.copyOf(this.client.query(cypher)
			.bindAll(parameters)
			.fetchAs(Relation.class)
			.mappedBy((typeSystem, row) -> relation(row.get("relation")))
			.all());
	}

	/** How many relations match {@code where}: counted once per graph version. */
	long count(@Nullable RelationWhere where) {
		Map<String, Object> parameters = new HashMap<>();
		String condition = new CypherFilter(parameters, "f").relation("r", "a", "b", where);
		String cypher = "MATCH (a:Entity)-[r]->(b:Entity) WHERE " + condition + " RETURN count(r) AS n";
		return this.counts.count(cypher, parameters, () -> this.client.query(cypher)
			.bindAll(parameters)
			.fetchAs(Long.class)
			.one()
			.orElse(0L));
	}

	/** The vocabulary as loaded with the seed, each type with its number of relations. */
	List<RelationTypeInfo> types() {
		// language=cypher
		String cypher = """
				MATCH (t:RelationType)
				OPTIONAL CALL (t) { MATCH ()-[r]->() WHERE type(r) = t.name RETURN count(r) AS count }
				RETURN t, count ORDER BY t.name
				""";
		return List.copyOf(this.client.query(cypher)
			.fetchAs(RelationTypeInfo.class)
			.mappedBy((typeSystem, row) -> {
				Value t = row.get("t");
				return new RelationTypeInfo(t.get("name").asString(),
						t.get("from").asList((kind) -> Kind.of(kind.asString())),
						t.get("to").asList((kind) -> Kind.of(kind.asString())), t.get("description").asString(""),
						row.get("count").asLong());
			})
			.all());
	}

	public static Relation relation(Value value) {
		return relation(value, Entity.from(value.get("from")), Entity.from(value.get("to")));
	}

	/**
	 * A relationship projected with only its ends' ids ({@link #PROJECTION_BY_ID}), with the ends taken from
	 * {@code entities}, which must hold both: for statements that return the entities anyway, so each is sent once.
	 */
	public static Relation relation(Value value, Map<String, Entity> entities) {
		return relation(value, entities.get(value.get("from").asString()), entities.get(value.get("to").asString()));
	}

	private static Relation relation(Value value, Entity from, Entity to) {
		Value r = value.get("r");
		Value number = r.get(StoredRelation.VALUE);
		return new Relation(r.get(StoredRelation.ID).asString(), value.get("type").asString(), from, to,
				StoredRelation.citations(r), r.get(StoredRelation.DATE).asString(null),
				number.isNull() ? null : number.asDouble(), r.get(StoredRelation.UNIT).asString(null),
				r.get(StoredRelation.ROLE).asString(null), Provenance.version(r), Provenance.from(r));
	}

}

package com.fintechkg.kg.entity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fintechkg.kg.caching.TotalCounts;
import com.fintechkg.kg.filter.CypherFilter;
import com.fintechkg.kg.filter.Filters.EntityWhere;
import com.fintechkg.kg.graph.GraphReads;
import com.fintechkg.kg.paging.Keyset;
import com.fintechkg.kg.stored.StoredEntity;
import com.fintechkg.kg.vocabulary.Kind;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Component;

/**
 * The Cypher for reading entities. Values are always parameters; the only text built into a statement is the
 * kind's label (from {@link Kind}) and the filter structure from {@link CypherFilter}.
 */
@Component
public class EntityQueries {

	/**
	 * Always true (every entity has a name), and what lets the planner seek a kind's {@code (category, name)}
	 * index for a category filter instead of scanning the kind: at 100,000 entities a filtered page took 52 ms
	 * by scan and 18 ms by index (docs/performance.md).
	 */
	private static final String INDEXED = "e." + StoredEntity.NAME + " IS NOT NULL AND ";

	private final GraphReads client;

	private final TotalCounts counts;

	EntityQueries(GraphReads client, TotalCounts counts) {
		this.client = client;
		this.counts = counts;
	}

	/** The entity with {@code id}, if it exists and (when {@code kind} is given) is of that kind. */
	public Optional<Entity> findById(String id, @Nullable Kind kind) {
		return this.client.query("MATCH (e:" + label(kind) + " {id: $id}) RETURN e")
			.bind(id).to("id")
			.fetchAs(Entity.class)
			.mappedBy((types, row) -> Entity.from(row.get("e")))
			.one();
	}

	/** One row of a page: the entity and the values of its sort keys (its cursor). */
	record Row(Entity entity, List<Object> keys) {
	}

	/** Up to {@code limit} entities of {@code kind} (any when null) matching {@code where}, after {@code after}. */
	List<Row> page(@Nullable Kind kind, @Nullable EntityWhere where, Keyset keyset, @Nullable String after,
			int limit) {
		Map<String, Object> parameters = new HashMap<>();
		CypherFilter filter = new CypherFilter(parameters, "f");
		String matches = pageMatch(kind, where, keyset, after, filter);
		parameters.put("limit", limit);
		// language=cypher
		String cypher = matches + " RETURN e, " + keyset.values() + " AS keys ORDER BY " + pageOrder(where, keyset)
				+ " LIMIT $limit";
		return List.copyOf(this.client.query(cypher)
			.bindAll(parameters)
			.fetchAs(Row.class)
			.mappedBy((types, row) -> new Row(Entity.from(row.get("e")), row.get("keys").asList(Value::asObject)))
			.all());
	}

	/** The entities of a page, before their order and limit: {@code MATCH (e:…) WHERE …} over variable {@code e}. */
	private static String pageMatch(@Nullable Kind kind, @Nullable EntityWhere where, Keyset keyset,
			@Nullable String after, CypherFilter filter) {
		String condition = filter.entity("e", where);
		String afterCondition = keyset.after(after, filter);
		return "MATCH (e:" + label(kind) + ") WHERE " + INDEXED + condition + " AND " + afterCondition;
	}

	private static String pageOrder(@Nullable EntityWhere where, Keyset keyset) {
		return pinsCategory(where) ? keyset.orderByLedBy("e." + StoredEntity.CATEGORY) : keyset.orderBy();
	}

	/**
	 * A page of entities as the head of a larger statement ({@code translate}): the page's entities as variable
	 * {@code e}, one row each in the page's order, and their sort keys' values as {@code keys}; the same entities,
	 * order and cursor as {@link #page}.
	 */
	public static String pageRows(@Nullable Kind kind, @Nullable EntityWhere where, Keyset keyset,
			@Nullable String after, int limit, CypherFilter filter) {
		String matches = pageMatch(kind, where, keyset, after, filter);
		// language=cypher
		return matches + " WITH e, " + keyset.values() + " AS keys ORDER BY " + pageOrder(where, keyset) + " LIMIT "
				+ filter.parameter(limit);
	}

	/** How many entities a list matches in all, as {@link #count} counts them; a {@code COUNT} subquery. */
	public static String countOf(@Nullable Kind kind, @Nullable EntityWhere where, CypherFilter filter) {
		return "COUNT { MATCH (e:" + label(kind) + ") WHERE " + INDEXED + filter.entity("e", where) + " }";
	}

	/** The entity with an id as the head of a larger statement: variable {@code e}, as {@link #findById} reads it. */
	public static String lookupRow(@Nullable Kind kind, String id, CypherFilter filter) {
		return "MATCH (e:" + label(kind) + " {id: " + filter.parameter(id) + "})";
	}

	/** How many entities of {@code kind} (any when null) match {@code where}: counted once per graph version. */
	long count(@Nullable Kind kind, @Nullable EntityWhere where) {
		Map<String, Object> parameters = new HashMap<>();
		String condition = new CypherFilter(parameters, "f").entity("e", where);
		String cypher = "MATCH (e:" + label(kind) + ") WHERE " + INDEXED + condition + " RETURN count(e) AS n";
		return this.counts.count(cypher, parameters, () -> this.client.query(cypher)
			.bindAll(parameters)
			.fetchAs(Long.class)
			.one()
			.orElse(0L));
	}

	/**
	 * Whether every entity {@code where} accepts has one and the same category ({@code category: {eq: …}} at the
	 * top level or in a top-level {@code AND}). Then a page's order can be led by the category without changing
	 * it, and read in order from the kind's {@code (category, name)} index: at 1,000,000 entities a page of 31 of
	 * 87,581 banks read 32 index entries instead of sorting all of them (docs/performance.md).
	 */
	static boolean pinsCategory(@Nullable EntityWhere where) {
		if (where == null) {
			return false;
		}
		if (where.category() != null && where.category().eq() != null) {
			return true;
		}
		return where.AND() != null && where.AND().stream().anyMatch(EntityQueries::pinsCategory);
	}

	/** The node label of {@code kind}, from the fixed set of kinds; {@code Entity} for any kind. */
	static String label(@Nullable Kind kind) {
		return (kind != null) ? kind.name() : Kind.ENTITY_LABEL;
	}

}

package com.fintechkg.kg.seed;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fintechkg.kg.graph.GraphWrites;
import com.fintechkg.kg.stored.StoredEntity;
import com.fintechkg.kg.vocabulary.Vocabulary;

/**
 * The database schema the service relies on: unique ids, lookup indexes and the bilingual full-text index.
 * Every statement is idempotent ({@code IF NOT EXISTS}); schema and data cannot share a transaction, so the
 * schema is ensured first, each statement on its own.
 */
public final class GraphSchema {

	/** Name of the full-text index over names, aliases and descriptions (CJK-aware analyzer). */
	public static final String SEARCH_INDEX = "entity_search";

	/** The statements that create the schema for the kinds of {@code vocabulary}. */
	static List<String> statements(Vocabulary vocabulary) {
		return Stream.concat(Stream.of(
			// language=cypher
			"CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE",
			"CREATE CONSTRAINT deleted_id IF NOT EXISTS FOR (d:Deleted) REQUIRE d.id IS UNIQUE",
			"CREATE CONSTRAINT change_id IF NOT EXISTS FOR (c:Change) REQUIRE c.id IS UNIQUE",
			"CREATE INDEX change_target IF NOT EXISTS FOR (c:Change) ON (c.target, c.at)",
			"CREATE INDEX change_at IF NOT EXISTS FOR (c:Change) ON (c.at)",
			"CREATE CONSTRAINT source_id IF NOT EXISTS FOR (s:Source) REQUIRE s.id IS UNIQUE",
			"CREATE CONSTRAINT seed_info_id IF NOT EXISTS FOR (s:SeedInfo) REQUIRE s.id IS UNIQUE",
			"CREATE CONSTRAINT relation_type_name IF NOT EXISTS FOR (t:RelationType) REQUIRE t.name IS UNIQUE",
			"CREATE INDEX entity_kind IF NOT EXISTS FOR (e:Entity) ON (e.kind, e.id)",
			"CREATE INDEX entity_name IF NOT EXISTS FOR (e:Entity) ON (e.name)",
			"CREATE INDEX entity_name_zh IF NOT EXISTS FOR (e:Entity) ON (e.nameZh)",
			"""
			CREATE FULLTEXT INDEX entity_search IF NOT EXISTS
			FOR (e:Entity) ON EACH [%s]
			OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk', `fulltext.eventually_consistent`: false}}
			""".formatted(StoredEntity.SEARCH_PROPERTIES.stream().map((property) -> "e." + property)
				.collect(Collectors.joining(", ")))),
			// A list page of one kind filtered by category and sorted by name (the explorer's and the benchmark's
			// list question) is an index seek in name order, not a scan of the kind and a sort (docs/performance.md).
			vocabulary.kindList().stream().map((kind) -> "CREATE INDEX %s_category_name IF NOT EXISTS FOR (e:%s) ON (e.category, e.name)"
				.formatted(kind.enumValue().toLowerCase(Locale.ROOT), kind.name())))
			.toList();
	}

	private GraphSchema() {
	}

	public static void ensure(GraphWrites writes, Vocabulary vocabulary) {
		// Start-up work, not a client's query: allowed as long as a seed load, not the API's 5 s.
		statements(vocabulary).forEach((statement) -> writes.inTransaction(SeedLoader.LOAD_TIMEOUT, (tx) -> tx.run(statement)));
		writes.inTransaction(SeedLoader.LOAD_TIMEOUT, (tx) -> tx.run("CALL db.awaitIndexes(300)"));
	}

}

package com.fintechkg.kg.graph;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fintechkg.kg.embedded.EmbeddedNeo4j;
import com.fintechkg.kg.embedded.EmbeddedNeo4jProperties;
import com.fintechkg.kg.support.TestClients;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Relationship;
import org.neo4j.graphdb.GraphDatabaseService;

import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The in-process read path on its own database: it hands a mapping exactly what the driver would over Bolt, it
 * cannot write, a binding is one transaction with Neo4j's read-committed isolation (not a snapshot), and a
 * database that has gone away is reported as unavailable.
 */
class InProcessReadsTests {

	private static final String EVERY_KIND_OF_VALUE = """
			MATCH p = (a:Thing {id: 'a'})-[r:LINKS]->(b:Thing {id: 'b'})
			RETURN a, r, p, a.tags AS tags, a.scores AS scores, a.id AS id, a.weight AS weight, a.count AS count,
			       a.active AS active, a.since AS since, a.at AS at, a.place AS place, duration('P1M2DT3.5S') AS span,
			       {name: a.id, tags: a.tags, nested: [1, 'two', null]} AS map, null AS nothing, [] AS empty""";

	@TempDir
	static Path home;

	static EmbeddedNeo4j neo4j;

	static InProcessReads reads;

	@BeforeAll
	static void startDatabase() {
		neo4j = EmbeddedNeo4j.start(new EmbeddedNeo4jProperties(true, 0, "127.0.0.1", home.resolve("db"),
				Duration.ofSeconds(5), DataSize.ofMegabytes(32)), null);
		database().executeTransactionally("""
				CREATE (a:Thing:Marked {id: 'a', tags: ['x', 'y'], scores: [1.5, 2.5], weight: 0.25, count: 7,
				                        active: true, since: date('2023-08-01'),
				                        at: datetime('2023-08-01T10:15:30+08:00'), place: point({x: 1.0, y: 2.0})})
				CREATE (b:Thing {id: 'b'})
				CREATE (a)-[:LINKS {quote: '工商银行', section: '3.1'}]->(b)""");
		reads = new InProcessReads(database(), Duration.ofSeconds(5));
	}

	@AfterAll
	static void stopDatabase() {
		if (neo4j != null) {
			neo4j.close();
		}
	}

	private static GraphDatabaseService database() {
		return neo4j.managementService().database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
	}

	@Test
	void shouldHandAMappingWhatTheDriverWouldOverBolt() {
		Record inProcess = reads.run(EVERY_KIND_OF_VALUE, Map.of()).getFirst();
		Record overBolt;
		try (Driver driver = TestClients.bolt(neo4j.boltUri())) {
			overBolt = driver.executableQuery(EVERY_KIND_OF_VALUE).execute().records().getFirst();
		}

		assertThat(inProcess.keys()).isEqualTo(overBolt.keys());
		for (String key : overBolt.keys()) {
			Value expected = overBolt.get(key);
			Value actual = inProcess.get(key);
			assertThat(actual.type().name()).as(key).isEqualTo(expected.type().name());
			switch (expected.type().name()) {
				case "NODE" -> assertSameNode(actual.asNode(), expected.asNode());
				case "RELATIONSHIP" -> assertSameRelationship(actual.asRelationship(), expected.asRelationship());
				case "PATH" -> {
					assertThat(actual.asPath().length()).isEqualTo(expected.asPath().length());
					assertSameNode(actual.asPath().start(), expected.asPath().start());
					assertSameNode(actual.asPath().end(), expected.asPath().end());
					assertSameRelationship(actual.asPath().relationships().iterator().next(),
							expected.asPath().relationships().iterator().next());
				}
				default -> assertThat(actual.asObject()).as(key).isEqualTo(expected.asObject());
			}
		}
	}

	private static void assertSameNode(Node actual, Node expected) {
		assertThat(actual.elementId()).isEqualTo(expected.elementId());
		assertThat(actual.labels()).containsExactlyInAnyOrderElementsOf(expected.labels());
		assertThat(actual.asMap()).isEqualTo(expected.asMap());
	}

	private static void assertSameRelationship(Relationship actual, Relationship expected) {
		assertThat(actual.elementId()).isEqualTo(expected.elementId());
		assertThat(actual.type()).isEqualTo(expected.type());
		assertThat(actual.startNodeElementId()).isEqualTo(expected.startNodeElementId());
		assertThat(actual.endNodeElementId()).isEqualTo(expected.endNodeElementId());
		assertThat(actual.asMap()).isEqualTo(expected.asMap());
	}

	@Test
	void shouldTakeParametersAsTheApiBindsThem() {
		List<Record> rows = reads.run("""
				MATCH (t:Thing) WHERE t.id IN $ids AND $kind = 'THING' AND $limit = 2 RETURN t.id AS id ORDER BY id""",
				Map.of("ids", java.util.Set.of("a", "b"), "kind", Kind.THING, "limit", 2));

		assertThat(rows).extracting((row) -> row.get("id").asString()).containsExactly("a", "b");
	}

	enum Kind {

		THING

	}

	@Test
	void shouldRefuseToWriteWithOrWithoutABinding() {
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> reads.run("CREATE (:Thing {id: 'written'})", Map.of()));
		try (InProcessReads.Binding binding = reads.bind()) {
			assertThatExceptionOfType(DataAccessException.class)
				.isThrownBy(() -> reads.run("MATCH (t:Thing {id: 'a'}) SET t.count = 8", Map.of()));
		}

		assertThat(reads.run("MATCH (t:Thing) RETURN count(t) AS n, max(t.count) AS most", Map.of()).getFirst())
			.satisfies((row) -> {
				assertThat(row.get("n").asLong()).isEqualTo(2);
				assertThat(row.get("most").asLong()).isEqualTo(7);
			});
	}

	@Test
	void shouldReportADatabaseThatHasGoneAwayAsUnavailable(@TempDir Path elsewhere) {
		EmbeddedNeo4j stopped = EmbeddedNeo4j.start(new EmbeddedNeo4jProperties(true, 0, "127.0.0.1",
				elsewhere.resolve("db"), Duration.ofSeconds(5), DataSize.ofMegabytes(16)), null);
		InProcessReads onStopped = new InProcessReads(
				stopped.managementService().database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME), Duration.ofSeconds(5));
		assertThat(onStopped.run("RETURN 1 AS one", Map.of())).hasSize(1);
		stopped.close();

		assertThatExceptionOfType(DataAccessResourceFailureException.class)
			.isThrownBy(() -> onStopped.run("RETURN 1 AS one", Map.of()));
		try (InProcessReads.Binding binding = onStopped.bind()) {
			assertThatExceptionOfType(DataAccessResourceFailureException.class)
				.isThrownBy(() -> onStopped.run("RETURN 1 AS one", Map.of()));
		}
	}

	@Test
	void shouldSeeWhatOthersCommitWhileBoundForNeo4jReadsCommittedNotASnapshot() {
		try (InProcessReads.Binding binding = reads.bind()) {
			long before = reads.run("MATCH (t:Thing) RETURN count(t) AS n", Map.of()).getFirst().get("n").asLong();
			database().executeTransactionally("CREATE (:Thing {id: 'added-meanwhile'})");
			long within = reads.run("MATCH (t:Thing) RETURN count(t) AS n", Map.of()).getFirst().get("n").asLong();

			assertThat(within).as("a node committed by another transaction while bound").isEqualTo(before + 1);
		}
		finally {
			database().executeTransactionally("MATCH (t:Thing {id: 'added-meanwhile'}) DELETE t");
		}
	}

}

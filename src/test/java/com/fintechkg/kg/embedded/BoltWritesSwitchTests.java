package com.fintechkg.kg.embedded;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.exceptions.ClientException;
import com.fintechkg.kg.graph.InProcessWrites;
import org.neo4j.graphdb.GraphDatabaseService;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The operator's switch {@code fintechkg.embedded.bolt-writes}, on a database of its own started twice on the same
 * directory: by default a Bolt client changes nothing (data or schema, whatever it claims about itself) while the
 * service's in-process writers do; with the switch on, the same Bolt write goes through.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class BoltWritesSwitchTests {

	@TempDir
	Path home;

	@Test
	void boltIsReadOnlyByDefaultAndTheSwitchOpensIt() {
		try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(properties(Map.of()), null);
				Driver driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none())) {
			new InProcessWrites(database(neo4j)).inTransaction(Duration.ofSeconds(10),
					(tx) -> tx.run("CREATE (:Thing {id: 'written-in-process'})"));

			// refused over Bolt, even with metadata that names the service, and nothing changed
			try (Session session = driver.session()) {
				assertThatExceptionOfType(ClientException.class)
					.isThrownBy(() -> session.executeWriteWithoutResult(
							(tx) -> tx.run("CREATE (:Thing {id: 'written-over-bolt'})").consume(),
							TransactionConfig.builder().withMetadata(Map.of("app", "fintech-kg", "origin", "embedded")).build()))
					.satisfies((ex) -> assertThat(ex.code()).isEqualTo("Neo.ClientError.Security.Forbidden"))
					.withMessageContaining("read-only over Bolt")
					.withMessageContaining("curation API")
					.withMessageContaining("graph-seed/")
					.withMessageContaining("fintechkg.embedded.bolt-writes=true");
			}
			assertThatExceptionOfType(ClientException.class)
				.isThrownBy(() -> driver.executableQuery("CREATE INDEX thing_id FOR (t:Thing) ON (t.id)").execute());
			assertThat(ids(driver)).isEqualTo("written-in-process");
			assertThat(indexes(driver)).isZero();
		}

		try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(properties(Map.of("fintechkg.embedded.bolt-writes", "true")), null);
				Driver driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none())) {
			driver.executableQuery("CREATE (:Thing {id: 'written-over-bolt'})").execute();
			driver.executableQuery("CREATE INDEX thing_id FOR (t:Thing) ON (t.id)").execute();

			assertThat(ids(driver)).isEqualTo("written-in-process,written-over-bolt");
			assertThat(indexes(driver)).isOne();
		}
	}

	/** The settings as Spring binds them from the documented property names. */
	private EmbeddedNeo4jProperties properties(Map<String, String> settings) {
		Map<String, String> all = new java.util.HashMap<>(settings);
		all.put("fintechkg.embedded.bolt-port", "0");
		all.put("fintechkg.embedded.data-dir", this.home.resolve("db").toString());
		all.put("fintechkg.embedded.page-cache", "16MB");
		return new Binder(new MapConfigurationPropertySource(all)).bindOrCreate("fintechkg.embedded",
				EmbeddedNeo4jProperties.class);
	}

	private static GraphDatabaseService database(EmbeddedNeo4j neo4j) {
		return neo4j.managementService().database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
	}

	private static String ids(Driver driver) {
		return driver.executableQuery("MATCH (t:Thing) WITH t.id AS id ORDER BY id RETURN reduce(s = '', id IN collect(id) | s + CASE s WHEN '' THEN '' ELSE ',' END + id) AS ids")
			.execute().records().getFirst().get("ids").asString();
	}

	private static long indexes(Driver driver) {
		return driver.executableQuery("SHOW INDEXES YIELD name WHERE name = 'thing_id' RETURN count(*) AS n")
			.execute().records().getFirst().get("n").asLong();
	}

}

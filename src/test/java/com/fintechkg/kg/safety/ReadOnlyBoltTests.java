package com.fintechkg.kg.safety;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fintechkg.kg.support.GraphQlHttp;
import com.fintechkg.kg.support.HeadlessChromium;
import com.fintechkg.kg.support.KnowledgeGraphTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.exceptions.ClientException;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The researchers' door is read-only: a Bolt client (the Java driver here, Neo4j Browser in a real browser) reads
 * everything and changes nothing, whatever it sends, and is told how the graph is changed instead. The service's
 * own writers still write: the seed was loaded at start and the curation tests write through the API.
 */
@KnowledgeGraphTest
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class ReadOnlyBoltTests {

	/** Counts that any change to data or schema would move. */
	private static final String FOOTPRINT = """
			CYPHER 25
			CALL () { MATCH (n) RETURN count(n) AS nodes }
			CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
			CALL () { MATCH (n) UNWIND keys(n) AS key RETURN count(key) AS properties }
			CALL () { MATCH (n) UNWIND labels(n) AS label RETURN count(label) AS labels }
			CALL () { SHOW INDEXES YIELD name RETURN count(name) AS indexes }
			CALL () { SHOW CONSTRAINTS YIELD name RETURN count(name) AS constraints }
			RETURN [nodes, relationships, properties, labels, indexes, constraints] AS footprint""";

	@Autowired
	Driver driver;

	@Autowired
	GraphQlHttp http;

	@ParameterizedTest
	@ValueSource(strings = { "CREATE (:Entity:Institution {id: 'written-over-bolt', name: 'Bolt Bank'})",
			"MATCH (e:Entity {id: 'icbc'}) SET e.name = 'renamed over Bolt'",
			"MATCH (e:Entity {id: 'icbc'}) REMOVE e:Institution",
			"MATCH (e:Entity {id: 'icbc'}) DETACH DELETE e",
			"MATCH (:Entity {id: 'icbc'})-[r]->() DELETE r",
			"MERGE (a:Entity {id: 'icbc'}) MERGE (b:Entity {id: 'pboc'}) MERGE (a)-[:REGULATES]->(b)",
			"CREATE INDEX written_over_bolt FOR (e:Entity) ON (e.description)",
			"DROP CONSTRAINT entity_id" })
	void everyChangeFromABoltClientIsRefusedAndChangesNothing(String cypher) {
		List<Object> before = footprint();
		String icbc = icbc();

		assertThatExceptionOfType(ClientException.class)
			.isThrownBy(() -> this.driver.executableQuery(cypher).execute())
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("Neo.ClientError.Security.Forbidden"))
			.withMessageContaining("read-only over Bolt")
			.withMessageContaining("curation API")
			.withMessageContaining("graph-seed/");

		assertThat(footprint()).isEqualTo(before);
		assertThat(icbc()).isEqualTo(icbc);
	}

	@Test
	void anExplicitTransactionIsRefusedAtCommitWhateverMetadataItCarries() {
		List<Object> before = footprint();
		try (Session session = this.driver.session()) {
			assertThatExceptionOfType(ClientException.class).isThrownBy(() -> session.executeWriteWithoutResult((tx) -> {
				tx.run("CREATE (:Entity {id: 'written-over-bolt-1'})").consume();
				tx.run("CREATE (:Entity {id: 'written-over-bolt-2'})").consume();
			}, TransactionConfig.builder()
				.withMetadata(Map.of("app", "fintech-kg", "writer", "seed", "origin", "embedded"))
				.build())).withMessageContaining("read-only over Bolt");
		}
		assertThat(footprint()).isEqualTo(before);
	}

	@Test
	void readsOverBoltStillWork() {
		assertThat(this.driver.executableQuery("MATCH (e:Entity {id: 'icbc'})-[r]-() RETURN count(r) AS n").execute()
			.records().getFirst().get("n").asLong()).isPositive();
	}

	@Test
	void aCreateTypedIntoNeo4jBrowserIsRefusedWithTheWayToChangeTheGraph() {
		List<Object> before = footprint();
		try (HeadlessChromium chromium = HeadlessChromium.start(1400, 900)) {
			chromium.driver().get(this.http.uri("/browser/").toString());
			chromium.await((page) -> page.findElement(By.tagName("body")).getText().contains("You have a working connection") ? true : null);

			chromium.driver().findElement(By.cssSelector("#monaco-main-editor")).click();
			chromium.driver().switchTo().activeElement().sendKeys("CREATE (n:Entity {id: 'written-in-browser'}) RETURN n");
			chromium.driver().findElement(By.cssSelector("[data-testid=editor-Run]")).click();

			WebElement frame = chromium.await((page) -> page.findElements(By.cssSelector("[data-testid=frame]"))
				.stream()
				.filter((candidate) -> candidate.getText().contains("written-in-browser"))
				.findFirst()
				.orElse(null));
			chromium.await((page) -> frame.getText().contains("read-only over Bolt") ? true : null);
			assertThat(frame.getText()).contains("Neo.ClientError.Security.Forbidden", "curation API");
		}
		assertThat(footprint()).isEqualTo(before);
		assertThat(this.driver.executableQuery("MATCH (n {id: 'written-in-browser'}) RETURN count(n) AS n").execute()
			.records().getFirst().get("n").asLong()).isZero();
	}

	private List<Object> footprint() {
		return this.driver.executableQuery(FOOTPRINT).execute().records().getFirst().get("footprint").asList();
	}

	private String icbc() {
		return this.driver.executableQuery("MATCH (e:Entity {id: 'icbc'}) RETURN e.name + '|' + e.version + '|' + "
				+ "reduce(s = '', l IN labels(e) | s + l) + '|' + COUNT { (e)--() } AS state")
			.execute().records().getFirst().get("state").asString();
	}

}

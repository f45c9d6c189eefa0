package com.fintechkg.kg.docs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fintechkg.kg.support.GraphQlHttp;
import com.fintechkg.kg.support.GraphQlHttp.Answer;
import com.fintechkg.kg.support.KnowledgeGraphTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/neo4j-browser.md tells Bolt users which nodes are bookkeeping and how to count entities: every label in the
 * database is listed there, and the documented counts agree with the API's.
 */
@KnowledgeGraphTest
@Timeout(value = 1, unit = TimeUnit.MINUTES)
class BoltBookkeepingDocumentedTests {

	static final Path NOTE = Path.of("docs/neo4j-browser.md");

	@Autowired
	Driver driver;

	@Autowired
	GraphQlHttp graphQl;

	@Test
	void everyLabelInTheDatabaseIsDocumentedForBoltUsers() throws IOException {
		String note = Files.readString(NOTE);
		try (Session session = this.driver.session(SessionConfig.builder().withDefaultAccessMode(
				org.neo4j.driver.AccessMode.READ).build())) {
			List<String> labels = session.run("MATCH (n) UNWIND labels(n) AS label RETURN DISTINCT label")
				.list((row) -> row.get("label").asString());

			assertThat(labels).contains("Entity", "RelationType", "Source", "SeedInfo")
				.allSatisfy((label) -> assertThat(note).as("docs/neo4j-browser.md names :" + label)
					.contains("`:" + label + "`"));
		}
	}

	@Test
	void theDocumentedCypherCountsWhatTheApiCounts() {
		Answer stats = this.graphQl.post("{ stats { entities relations } }");
		try (Session session = this.driver.session(SessionConfig.builder().withDefaultAccessMode(
				org.neo4j.driver.AccessMode.READ).build())) {
			long entities = session.run("MATCH (e:Entity) RETURN count(e) AS n").single().get("n").asLong();
			long relations = session.run("MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS n").single().get("n").asLong();
			long all = session.run("MATCH (n) RETURN count(n) AS n").single().get("n").asLong();
			long bookkeeping = session.run("MATCH (n) WHERE NOT n:Entity RETURN count(n) AS n").single().get("n").asLong();
			long relationsOfBookkeeping = session.run("MATCH (n)-[r]-() WHERE NOT n:Entity RETURN count(r) AS n")
				.single().get("n").asLong();

			assertThat(entities).isEqualTo(stats.<Integer>read("$.data.stats.entities").longValue());
			assertThat(relations).isEqualTo(stats.<Integer>read("$.data.stats.relations").longValue());
			assertThat(all).isEqualTo(entities + bookkeeping).isGreaterThan(entities);
			assertThat(relationsOfBookkeeping).as("only entities carry relationships").isZero();
		}
	}

}

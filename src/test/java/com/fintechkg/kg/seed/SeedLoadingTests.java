package com.fintechkg.kg.seed;

import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import com.fintechkg.kg.embedded.EmbeddedNeo4j;
import com.fintechkg.kg.seed.SeedModel.Seed;
import com.fintechkg.kg.seed.SeedProperties.SeedMode;
import com.fintechkg.kg.support.KnowledgeGraphTest;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.neo4j.graphdb.GraphDatabaseService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;

import com.fintechkg.kg.KnowledgeGraphApplication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Loading the seed into the real (embedded) Neo4j: idempotent, and all or nothing — a malformed seed changes
 * nothing in the database.
 */
@KnowledgeGraphTest
class SeedLoadingTests {

	@Autowired
	SeedLoader loader;

	@Autowired
	Driver driver;

	@Autowired
	EmbeddedNeo4j neo4j;

	@Autowired
	GraphDatabaseService database;

	@TempDir
	Path directory;

	@Test
	void shouldGiveTheSameGraphWhenLoadedTwice() {
		Seed seed = SeedValidator.load(new DefaultResourceLoader().getResource("classpath:graph-seed/"));
		this.loader.load(seed, true);
		Counts first = counts();

		this.loader.load(seed, true);

		assertThat(counts()).isEqualTo(first);
		assertThat(first.entities()).isEqualTo(seed.entities().size());
		assertThat(first.relations()).isEqualTo(seed.relations().size());
	}

	@Test
	void shouldLeaveTheDatabaseUnchangedWhenTheSeedIsMalformed() {
		List<UnaryOperator<SeedFixture>> breakages = List.of(
				(seed) -> seed.replace("relations.yaml", "relations:\n", "relations:\n  - [unclosed\n"),
				(seed) -> seed.replace("scenarios.yaml", "kind: Scenario", "kind: Scenery"),
				(seed) -> seed.append("relations.yaml", "  - {from: icbc, type: USES, to: nothing, section: \"3\", quote: 工行}\n"),
				(seed) -> seed.append("institutions.yaml", """
						  - id: icbc
						    name: Twice
						    nameZh: 两次
						    description: duplicate
						    citations: [{section: "3.2.1", quote: 工行}]
						"""),
				(seed) -> seed.append("institutions.yaml", """
						  - id: uncited
						    name: Uncited
						    nameZh: 无引用
						    description: no citation
						"""));
		Counts before = counts();
		int case_ = 0;
		for (UnaryOperator<SeedFixture> breakage : breakages) {
			SeedFixture seed = breakage.apply(SeedFixture.copyOfBundled(this.directory.resolve("case" + case_++)));
			// the extra entity below would be written if anything were written
			seed.replace("technologies.yaml", "entities:\n", """
					entities:
					  - id: written-by-mistake
					    name: Written by mistake
					    nameZh: 误写
					    description: must never reach the database
					    citations: [{section: "3.2.1", quote: 工行}]
					""");
			SeedRunner runner = new SeedRunner(this.loader,
					new SeedProperties(SeedMode.ALWAYS, seed.directory().toString()), new DefaultResourceLoader(), false);

			assertThatExceptionOfType(SeedException.class)
				.isThrownBy(runner::run)
				.withMessageContaining("Invalid seed at");
			assertThat(counts()).isEqualTo(before);
		}
	}

	@Test
	void shouldRefuseToStartWithAMalformedSeedNamingFileAndLine() {
		SeedFixture seed = SeedFixture.copyOfBundled(this.directory)
			.replace("scenarios.yaml", "kind: Scenario", "kind: Scenery");
		Counts before = counts();
		SpringApplication application = new SpringApplication(KnowledgeGraphApplication.class);
		application.setWebApplicationType(WebApplicationType.NONE);

		assertThatExceptionOfType(RuntimeException.class).isThrownBy(() -> application.run(
				"--fintechkg.embedded.enabled=false",
				"--spring.neo4j.uri=" + this.neo4j.boltUri(),
				"--fintechkg.seed.mode=always",
				"--fintechkg.seed.location=" + seed.directory(),
				"--logging.level.root=off"))
			.satisfies((ex) -> assertThat(NestedExceptionUtils.getMostSpecificCause(ex)).isInstanceOf(SeedException.class)
				.hasMessageContaining("scenarios.yaml:" + seed.lineOf("scenarios.yaml", "kind: Scenery"))
				.hasMessageContaining("unknown kind 'Scenery'"));
		assertThat(counts()).isEqualTo(before);
	}

	@Test
	void shouldNeitherValidateNorLoadASeedWhoseChecksumTheDatabaseHolds() {
		// invalid (an entity without a citation), so validating it would fail and loading it would add an entity
		SeedFixture seed = SeedFixture.copyOfBundled(this.directory).append("institutions.yaml", """
				  - id: uncited-but-recorded
				    name: Uncited but recorded
				    nameZh: 无引用
				    description: no citation
				""");
		Resource location = new DefaultResourceLoader().getResource("file:" + seed.directory() + "/");
		String checksum = SeedReader.checksumOf(location, SeedReader.readVocabularyOf(location));
		String loaded = this.loader.loadedChecksum();
		Counts before = counts();
		recordChecksum(checksum);
		try {
			SeedRunner runner = new SeedRunner(this.loader,
					new SeedProperties(SeedMode.ALWAYS, seed.directory().toString()), new DefaultResourceLoader(), false);

			runner.run();

			assertThat(counts()).isEqualTo(before);
			assertThat(this.loader.loadedChecksum()).isEqualTo(checksum);
		}
		finally {
			recordChecksum(loaded);
		}
	}

	@Test
	void shouldLoadASeedWhoseFilesChangedSinceTheLastLoad() {
		Resource bundled = new DefaultResourceLoader().getResource("classpath:graph-seed/");
		this.loader.load(SeedValidator.load(bundled), true);
		String icbc = """
				aliases: ["ICBC", "工行", "中国工商银行"]
				    category: "bank"
				    description: "One of China's six large state-owned commercial banks.\"""";
		SeedFixture seed = SeedFixture.copyOfBundled(this.directory).replace("institutions.yaml", icbc,
				icbc.replace("banks.", "banks (changed)."));
		Resource location = new DefaultResourceLoader().getResource("file:" + seed.directory() + "/");
		SeedRunner runner = new SeedRunner(this.loader,
				new SeedProperties(SeedMode.ALWAYS, seed.directory().toString()), new DefaultResourceLoader(), false);
		try {
			runner.run();

			assertThat(descriptionOf("icbc")).endsWith("(changed).");
			assertThat(this.loader.loadedChecksum())
				.isEqualTo(SeedReader.checksumOf(location, SeedReader.readVocabularyOf(location)))
				.isNotEqualTo(SeedReader.checksumOf(bundled, SeedReader.readVocabularyOf(bundled)));
		}
		finally {
			this.loader.load(SeedValidator.load(bundled), true);
		}
		assertThat(descriptionOf("icbc")).doesNotEndWith("(changed).");
	}

	private void recordChecksum(@Nullable String checksum) {
		this.database.executeTransactionally("MERGE (i:SeedInfo {id: 'seed'}) SET i.checksum = $checksum",
				Collections.singletonMap("checksum", checksum));
	}

	private String descriptionOf(String id) {
		try (var session = this.driver.session()) {
			return session.run("MATCH (e:Entity {id: $id}) RETURN e.description AS d", Map.of("id", id))
				.single()
				.get("d")
				.asString();
		}
	}

	private Counts counts() {
		try (var session = this.driver.session()) {
			var row = session.run("""
					CALL () { MATCH (n) RETURN count(n) AS nodes }
					CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
					CALL () { MATCH (e:Entity) RETURN count(e) AS entities }
					RETURN nodes, relationships, entities
					""").single();
			return new Counts(row.get("nodes").asLong(), row.get("relationships").asLong(), row.get("entities").asLong());
		}
	}

	record Counts(long nodes, long relations, long entities) {
	}

}

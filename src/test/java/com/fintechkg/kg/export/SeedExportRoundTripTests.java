package com.fintechkg.kg.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fintechkg.kg.embedded.EmbeddedNeo4j;
import com.fintechkg.kg.embedded.EmbeddedNeo4jProperties;
import com.fintechkg.kg.graph.GraphReads;
import com.fintechkg.kg.seed.SeedLoader;
import com.fintechkg.kg.seed.SeedModel.Entity;
import com.fintechkg.kg.seed.SeedModel.Seed;
import com.fintechkg.kg.seed.SeedProperties.SeedMode;
import com.fintechkg.kg.seed.SeedProperties;
import com.fintechkg.kg.seed.SeedValidator;
import com.fintechkg.kg.stored.Citation;
import com.fintechkg.kg.support.TestClients;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.SessionConfig;

import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.FileSystemResource;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.data.neo4j.core.transaction.Neo4jTransactionManager;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Database → graph-seed/ files → database, on a second embedded Neo4j of its own (started here on a temporary
 * directory, so the shared application database is never written): the seeded graph exports to the bundled files
 * byte for byte, and a graph with curated facts exports to a seed that validates and loads back into the same graph.
 */
class SeedExportRoundTripTests {

	static final Path BUNDLED = Path.of("graph-seed");

	/** Curation metadata and derived name keys: not part of the seed format, so not expected to survive it. */
	static final List<String> METADATA = List.of("origin", "version", "createdAt", "updatedAt", "updatedBy", "nameKeys");

	@TempDir
	static Path home;

	static EmbeddedNeo4j neo4j;

	static Driver driver;

	@TempDir
	Path out;

	@BeforeAll
	static void startDatabase() {
		neo4j = EmbeddedNeo4j.start(new EmbeddedNeo4jProperties(true, 0, "127.0.0.1", home.resolve("db"),
				Duration.ofMinutes(2), DataSize.ofMegabytes(32)).withBoltWrites(true), null);
		driver = TestClients.bolt(neo4j.boltUri());
	}

	@AfterAll
	static void stopDatabase() {
		driver.close();
		neo4j.close();
	}

	@BeforeEach
	void loadTheBundledSeed() {
		clear();
		new SeedLoader(driver, SessionConfig.defaultConfig()).load(SeedValidator.load(resource(BUNDLED)), true);
	}

	@Test
	void shouldExportTheSeededGraphAsTheBundledFilesByteForByte() throws IOException {
		exporter(7).writeDirectory(this.out);

		List<Path> bundled = files(BUNDLED).stream().filter((file) -> !file.toString().equals("README.md")).toList();
		assertThat(files(this.out)).containsExactlyInAnyOrderElementsOf(bundled);
		for (Path file : bundled) {
			assertThat(this.out.resolve(file)).as(file.toString()).hasSameBinaryContentAs(BUNDLED.resolve(file));
		}
	}

	@Test
	void shouldExportOverTheConfiguredSeedDirectoryItself() throws IOException {
		for (Path file : files(BUNDLED)) {
			Files.createDirectories(this.out.resolve(file).getParent());
			Files.copy(BUNDLED.resolve(file), this.out.resolve(file));
		}
		SeedExport exporter = exporter(1000, this.out.toAbsolutePath() + "/");

		exporter.writeDirectory(this.out);

		for (Path file : files(BUNDLED)) {
			assertThat(this.out.resolve(file)).as(file.toString()).hasSameBinaryContentAs(BUNDLED.resolve(file));
		}
	}

	@Test
	void shouldRoundTripCuratedFactsThroughTheSeedFormat() throws IOException {
		curate();
		GraphSnapshot before = GraphSnapshot.of(driver);

		exporter(50).writeDirectory(this.out);
		Seed exported = SeedValidator.load(resource(this.out));
		clear();
		new SeedLoader(driver, SessionConfig.defaultConfig()).load(exported, true);

		assertThat(exported.entities()).filteredOn((entity) -> entity.id().equals("quantum-risk-engine"))
			.singleElement()
			.satisfies(this::isTheCuratedEntity);
		assertThat(exported.relations()).filteredOn((relation) -> relation.id().equals("icbc:USES:quantum-risk-engine"))
			.singleElement()
			.satisfies((relation) -> assertThat(relation.citations()).extracting(Citation::quote)
				.containsExactly("工行发布基于昇腾 AI 的金融行业通用大模型", "农行发布自主金融 AI 大模型 ChatABC"));
		GraphSnapshot after = GraphSnapshot.of(driver);
		assertThat(after.nodes()).hasSameSizeAs(before.nodes()).containsOnlyKeys(before.nodes().keySet());
		assertThat(after.without(METADATA)).isEqualTo(before.without(METADATA));
	}

	@Test
	void shouldWriteTheSameFilesToAZipAsToADirectory() throws IOException {
		curate();
		exporter(1000).writeDirectory(this.out.resolve("dir"));
		Path zip = this.out.resolve("seed.zip");
		try (var stream = Files.newOutputStream(zip)) {
			exporter(1000).writeZip(stream);
		}

		Path unzipped = ExportFiles.unzip(zip, this.out.resolve("unzipped")).resolve("graph-seed");
		assertThat(files(unzipped)).containsExactlyInAnyOrderElementsOf(files(this.out.resolve("dir")));
		for (Path file : files(unzipped)) {
			assertThat(unzipped.resolve(file)).hasSameBinaryContentAs(this.out.resolve("dir").resolve(file));
		}
	}

	private void isTheCuratedEntity(Entity entity) {
		assertThat(entity.name()).isEqualTo("Quantum \"risk\" engine, v2 <&>");
		assertThat(entity.nameZh()).isEqualTo("量子风控引擎");
		assertThat(entity.aliases()).containsExactly("QRE", "量子引擎 🚀");
		assertThat(entity.description()).isEqualTo("Line one,\nline \"two\"\ttabbed \\ backslash: # not a comment");
		assertThat(entity.citations()).containsExactly(
				new Citation("caict-fintech-2023", "3.2.1", "工行发布基于昇腾 AI 的金融行业通用大模型"));
	}

	/** What a curator's mutations leave behind: a new entity, a new relation, an edited seeded entity. */
	private static void curate() {
		try (var session = driver.session()) {
			session.executeWriteWithoutResult((tx) -> {
				tx.run("""
						CREATE (e:Entity:Technology {id: 'quantum-risk-engine', kind: 'Technology',
						  name: 'Quantum "risk" engine, v2 <&>', nameZh: '量子风控引擎', aliases: ['QRE', '量子引擎 🚀'],
						  aliasText: 'QRE | 量子引擎 🚀', category: 'ai', description: $description,
						  citationSources: ['caict-fintech-2023'], citationSections: ['3.2.1'],
						  citationQuotes: ['工行发布基于昇腾 AI 的金融行业通用大模型'],
						  origin: 'curated', version: 1, createdAt: datetime(), updatedAt: datetime(), updatedBy: 'curator'})
						WITH e
						MATCH (icbc:Entity {id: 'icbc'})
						CREATE (icbc)-[:USES {id: 'icbc:USES:quantum-risk-engine', citationSections: ['3.2.1', '3.2.1'],
						  citationQuotes: ['工行发布基于昇腾 AI 的金融行业通用大模型', '农行发布自主金融 AI 大模型 ChatABC'],
						  citationSources: ['caict-fintech-2023', 'caict-fintech-2023'], date: '2023-03',
						  origin: 'curated', version: 1, createdAt: datetime(), updatedBy: 'curator'}]->(e)
						""", Map.of("description", "Line one,\nline \"two\"\ttabbed \\ backslash: # not a comment"))
					.consume();
				tx.run("""
						MATCH (e:Entity {id: 'abc'})
						SET e.description = 'Edited by a curator: one of the six large state-owned banks.',
						    e.version = e.version + 1, e.updatedAt = datetime(), e.updatedBy = 'curator'
						""").consume();
			});
		}
	}

	static SeedExport exporter(int pageSize) {
		return exporter(pageSize, "classpath:graph-seed/");
	}

	/** The seed export of the second database, with {@code seedLocation} as the configured seed. */
	static SeedExport exporter(int pageSize, String seedLocation) {
		Neo4jClient client = Neo4jClient.create(driver);
		ExportQueries queries = new ExportQueries(new GraphReads(client, new Neo4jTransactionManager(driver), null));
		GraphExport graph = new GraphExport(queries, new ExportProperties(pageSize, 100_000));
		return new SeedExport(graph, queries, new SeedProperties(SeedMode.NEVER, seedLocation),
				new DefaultResourceLoader());
	}

	private static void clear() {
		try (var session = driver.session()) {
			session.executeWriteWithoutResult((tx) -> tx.run("MATCH (n) DETACH DELETE n").consume());
		}
	}

	private static FileSystemResource resource(Path directory) {
		return new FileSystemResource(directory.toAbsolutePath() + "/");
	}

	/** The regular files under {@code directory}, relative to it. */
	static List<Path> files(Path directory) throws IOException {
		try (Stream<Path> files = Files.walk(directory)) {
			return files.filter(Files::isRegularFile).map(directory::relativize).sorted().toList();
		}
	}

}

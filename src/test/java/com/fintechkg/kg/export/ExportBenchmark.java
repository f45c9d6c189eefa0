package com.fintechkg.kg.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import com.fintechkg.kg.support.TestClients;
import com.fintechkg.kg.embedded.EmbeddedNeo4j;
import com.fintechkg.kg.embedded.EmbeddedNeo4jProperties;
import com.fintechkg.kg.graph.GraphReads;
import com.fintechkg.kg.seed.SeedProperties.SeedMode;
import com.fintechkg.kg.seed.SeedProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.data.neo4j.core.transaction.Neo4jTransactionManager;
import org.springframework.util.unit.DataSize;

/**
 * A benchmark, not a test (the name keeps it out of {@code ./mvnw verify}): a synthetic graph of
 * {@code -Dexport.bench.entities} entities (default 100,000) with CJK text and three citations each, and 2
 * relationships per entity, on an embedded Neo4j of its own; then every export format, timed, to a byte-counting
 * sink. Run with {@code bench/exports.sh}, which caps the heap far below the export sizes; figures in
 * docs/exports.md.
 */
class ExportBenchmark {

	@TempDir
	Path home;

	@Test
	void measure() throws IOException {
		int entities = Integer.getInteger("export.bench.entities", 100_000);
		EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(new EmbeddedNeo4jProperties(true, 0, "127.0.0.1", this.home,
				Duration.ofSeconds(5), DataSize.ofMegabytes(256)).withBoltWrites(true), null);
		try (neo4j; Driver driver = TestClients.bolt(neo4j.boltUri())) {
			long start = System.nanoTime();
			generate(driver, entities);
			System.out.printf("generated %,d entities and %,d relationships in %,d ms; max heap %,d MB%n", entities,
					2L * entities, (System.nanoTime() - start) / 1_000_000, Runtime.getRuntime().maxMemory() >> 20);
			ExportQueries queries = new ExportQueries(new GraphReads(Neo4jClient.create(driver), new Neo4jTransactionManager(driver), null));
			GraphExport graph = new GraphExport(queries, new ExportProperties(1000, 100_000));
			SeedExport seed = new SeedExport(graph, queries, new SeedProperties(SeedMode.NEVER, "classpath:graph-seed/"),
					new DefaultResourceLoader());
			for (int round = 1; round <= 2; round++) {
				time("graph.json", (out) -> graph.writeJson(ExportScope.WHOLE_GRAPH, out));
				time("graph.graphml", (out) -> graph.writeGraphMl(ExportScope.WHOLE_GRAPH, out));
				time("nodes.csv", (out) -> graph.writeNodesCsv(ExportScope.WHOLE_GRAPH, out));
				time("relationships.csv", (out) -> graph.writeRelationshipsCsv(ExportScope.WHOLE_GRAPH, out));
				time("seed.zip", seed::writeZip);
				time("graph.json?around=e-1&depth=2", (out) -> graph.writeJson(graph.scope("e-1", "2"), out));
			}
		}
	}

	private static void generate(Driver driver, int entities) {
		int batch = 10_000;
		try (var session = driver.session()) {
			session.run("CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE").consume();
			session.run("CREATE INDEX entity_kind IF NOT EXISTS FOR (e:Entity) ON (e.kind, e.id)").consume();
			session.run("CALL db.awaitIndexes(300)").consume();
			for (int start = 0; start < entities; start += batch) {
				Map<String, Object> range = Map.of("from", start, "to", Math.min(entities, start + batch) - 1);
				session.executeWriteWithoutResult((tx) -> tx.run("""
						UNWIND range($from, $to) AS i
						CREATE (e:Entity:Technology {id: 'e-' + i, kind: 'Technology', name: 'Synthetic technology ' + i,
						  nameZh: '合成技术' + i, aliases: ['ST' + i, '合成' + i], aliasText: 'ST' + i + ' | 合成' + i,
						  category: 'synthetic', description: 'A synthetic entity, "quoted", with commas, and 中文 text.',
						  citationSources: ['caict-fintech-2023', 'caict-fintech-2023', 'caict-fintech-2023'],
						  citationSections: ['3.2.1', '4.1.2', '1'],
						  citationQuotes: ['农行发布自主金融 AI 大模型 ChatABC', '各家银行引入数字人、5G 等技术', '金融科技'],
						  origin: 'seed', version: 1, createdAt: datetime()})
						""", range).consume());
			}
			for (int start = 0; start < entities; start += batch) {
				Map<String, Object> range = Map.of("from", start, "to", Math.min(entities, start + batch) - 1, "n",
						entities);
				session.executeWriteWithoutResult((tx) -> tx.run("""
						UNWIND range($from, $to) AS i
						MATCH (a:Entity {id: 'e-' + i})
						MATCH (b:Entity {id: 'e-' + ((i * 7 + 1) % $n)}), (c:Entity {id: 'e-' + ((i + 1) % $n)})
						CREATE (a)-[:USES {id: a.id + ':USES:' + b.id, source: 'caict-fintech-2023', section: '3.2.1',
						  quote: '农行发布自主金融 AI 大模型 ChatABC', origin: 'seed'}]->(b)
						CREATE (a)-[:PART_OF {id: a.id + ':PART_OF:' + c.id, source: 'caict-fintech-2023', section: '1',
						  quote: '金融科技', date: '2023', origin: 'seed'}]->(c)
						""", range).consume());
			}
		}
	}

	interface Export {

		void write(OutputStream out) throws IOException;

	}

	private static void time(String name, Export export) throws IOException {
		CountingStream out = new CountingStream();
		long start = System.nanoTime();
		export.write(out);
		long millis = (System.nanoTime() - start) / 1_000_000;
		System.out.printf("%-32s %,8d ms %,13d bytes %7.1f MB/s%n", name, millis, out.count,
				out.count / 1e6 / Math.max(millis, 1) * 1000);
	}

	static final class CountingStream extends OutputStream {

		long count;

		@Override
		public void write(int b) {
			this.count++;
		}

		@Override
		public void write(byte[] bytes, int offset, int length) {
			this.count += length;
		}

	}

}

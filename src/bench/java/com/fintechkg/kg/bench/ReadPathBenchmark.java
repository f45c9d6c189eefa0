package com.fintechkg.kg.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fintechkg.kg.embedded.EmbeddedNeo4j;
import com.fintechkg.kg.embedded.EmbeddedNeo4jProperties;
import com.fintechkg.kg.graph.InProcessReads;
import com.fintechkg.kg.entity.Entity;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.Record;
import org.neo4j.driver.RoutingControl;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Transaction;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import org.springframework.util.FileSystemUtils;
import org.springframework.util.unit.DataSize;

/**
 * One entity lookup, the statement the API runs for {@code entity(id:)}, read and mapped to an {@link Entity} on
 * each of the service's two read paths against the same embedded database: in-process through
 * {@link InProcessReads} (what the service does with its embedded database), and over Bolt with the driver, as a
 * managed read ({@code executableQuery}) and in an explicit read transaction (what the service does against a
 * server). The difference is the cost of the round trip the in-process path skips. Run with {@code bench/jmh.sh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ReadPathBenchmark {

	private static final String LOOKUP = "MATCH (e:Entity {id: $id}) RETURN e";

	private static final Map<String, Object> ICBC = Map.of("id", "icbc");

	private Path home;

	private EmbeddedNeo4j neo4j;

	private InProcessReads reads;

	private Driver driver;

	@Setup
	public void startDatabase() throws IOException {
		this.home = Files.createTempDirectory("read-path-bench");
		this.neo4j = EmbeddedNeo4j.start(new EmbeddedNeo4jProperties(true, 0, "127.0.0.1", this.home,
				Duration.ofSeconds(30), DataSize.ofMegabytes(64)), null);
		var database = this.neo4j.managementService().database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
		database.executeTransactionally("CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE");
		// an entity shaped like the seed's: names in two languages, aliases, a description and its citations
		database.executeTransactionally("""
				UNWIND range(1, 1000) AS i
				CREATE (:Entity:Institution {id: CASE i WHEN 1 THEN 'icbc' ELSE 'e-' + i END, kind: 'Institution',
				  name: 'Industrial and Commercial Bank of China ' + i, nameZh: '中国工商银行' + i,
				  aliases: ['ICBC', '工商银行'], aliasText: 'ICBC 工商银行', category: 'bank',
				  description: 'One of the large state-owned commercial banks; released a financial large model.',
				  citationSources: ['caict-fintech-2023', 'caict-fintech-2023'], citationSections: ['3.1', '4.2'],
				  citationQuotes: ['工商银行发布基于昇腾AI的金融行业通用模型', '大型商业银行积极布局大模型']})""");
		this.reads = new InProcessReads(database, Duration.ofSeconds(30));
		this.driver = GraphDatabase.driver(this.neo4j.boltUri(), AuthTokens.none());
	}

	@TearDown
	public void stopDatabase() {
		this.driver.close();
		this.neo4j.close();
		FileSystemUtils.deleteRecursively(this.home.toFile());
	}

	@Benchmark
	public Entity inProcess() {
		return Entity.from(this.reads.run(LOOKUP, ICBC).getFirst().get("e"));
	}

	@Benchmark
	public Entity boltManagedRead() {
		List<Record> records = this.driver.executableQuery(LOOKUP)
			.withParameters(ICBC)
			.withConfig(QueryConfig.builder().withRouting(RoutingControl.READ).build())
			.execute()
			.records();
		return Entity.from(records.getFirst().get("e"));
	}

	@Benchmark
	public Entity boltReadTransaction() {
		try (Session session = this.driver.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build());
				Transaction transaction = session.beginTransaction()) {
			Entity entity = Entity.from(transaction.run(LOOKUP, ICBC).single().get("e"));
			transaction.commit();
			return entity;
		}
	}

}

package com.fintechkg.kg.fault;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Predicate;

import com.fintechkg.kg.support.TestClients;
import com.fintechkg.kg.KnowledgeGraphApplication;
import com.fintechkg.kg.embedded.EmbeddedNeo4j;
import com.fintechkg.kg.embedded.EmbeddedNeo4jProperties;
import com.fintechkg.kg.security.CuratorTokens;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service on an external Neo4j that goes away and comes back: it starts without the database (health DOWN,
 * queries UNAVAILABLE), loads the seed and answers once the database appears, and recovers from a database
 * restart, all without being restarted itself. The "external" database is a Neo4j server started and stopped by
 * the test on a fixed port (Docker is not needed).
 */
class DatabaseOutageTests {

	/** How long to wait for the service to notice a change; generous, as this is not a speed test. */
	private static final Duration PATIENCE = Duration.ofSeconds(90);

	private final HttpClient http = TestClients.http();

	/** Health shows its components (the database) only to callers with an API token. */
	private static final String OPERATOR_TOKEN = "outage-test-operator-token";

	@TempDir
	Path databaseDir;

	private EmbeddedNeo4j database;

	private ConfigurableApplicationContext service;

	@AfterEach
	void stopEverything() {
		if (this.service != null) {
			this.service.close();
		}
		if (this.database != null) {
			this.database.close();
		}
	}

	@Test
	void startsWithoutTheDatabaseAndRecoversWhenItComesAndGoesWithoutARestart() throws Exception {
		int boltPort = freePort();
		this.service = new SpringApplicationBuilder(KnowledgeGraphApplication.class).run("--server.port=0",
				"--fintechkg.embedded.enabled=false", "--spring.neo4j.uri=bolt://127.0.0.1:" + boltPort,
				"--spring.neo4j.connection-timeout=2s", "--spring.neo4j.pool.connection-acquisition-timeout=5s",
				"--fintechkg.seed.mode=if-empty", "--logging.level.root=warn",
				"--fintechkg.security.tokens[0].name=operator", "--fintechkg.security.tokens[0].roles=READER",
				"--fintechkg.security.tokens[0].sha256=" + CuratorTokens.sha256(OPERATOR_TOKEN));
		int httpPort = Integer.parseInt(this.service.getEnvironment().getProperty("local.server.port"));

		// No database yet: the service is up, says the database is down, and refuses queries cleanly.
		assertThat(health(httpPort).statusCode()).isEqualTo(503);
		assertThat((String) JsonPath.read(health(httpPort).body(), "$.components.neo4j.status")).isEqualTo("DOWN");
		String refused = query(httpPort, "{ entity(id: \"icbc\") { nameZh } }");
		assertThat((String) JsonPath.read(refused, "$.errors[0].extensions.classification")).isEqualTo("UNAVAILABLE");
		assertThat((String) JsonPath.read(refused, "$.errors[0].extensions.reason")).isEqualTo("DATABASE_UNAVAILABLE");
		assertThat(refused).doesNotContain("Exception", "127.0.0.1");

		// The database appears: the seed is loaded in the background and queries are answered.
		this.database = startDatabase(boltPort);
		awaitAnswer(httpPort, (body) -> body.contains("工商银行"));
		assertThat(health(httpPort).statusCode()).isEqualTo(200);

		// It goes away again: queries are refused cleanly, health is DOWN.
		this.database.close();
		this.database = null;
		awaitAnswer(httpPort, (body) -> body.contains("UNAVAILABLE"));
		assertThat(health(httpPort).statusCode()).isEqualTo(503);

		// It comes back with its data: answered again, without reloading or restarting anything.
		this.database = startDatabase(boltPort);
		awaitAnswer(httpPort, (body) -> body.contains("工商银行"));
		assertThat((String) JsonPath.read(health(httpPort).body(), "$.status")).isEqualTo("UP");
	}

	private EmbeddedNeo4j startDatabase(int boltPort) {
		return EmbeddedNeo4j.start(new EmbeddedNeo4jProperties(true, boltPort, "127.0.0.1", this.databaseDir,
				Duration.ofSeconds(30), DataSize.ofMegabytes(64)).withBoltWrites(true), null);
	}

	private void awaitAnswer(int httpPort, Predicate<String> expected) throws Exception {
		long deadline = System.nanoTime() + PATIENCE.toNanos();
		String last = "";
		while (System.nanoTime() < deadline) {
			last = query(httpPort, "{ entity(id: \"icbc\") { nameZh } }");
			if (expected.test(last)) {
				return;
			}
			Thread.sleep(250);
		}
		throw new AssertionError("The service did not give the expected answer; the last was " + last);
	}

	private String query(int httpPort, String query) throws Exception {
		HttpResponse<String> response = this.http.send(TestClients.request(uri(httpPort, "/graphql"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"query\": \"" + query.replace("\"", "\\\"") + "\"}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		return response.body();
	}

	private HttpResponse<String> health(int httpPort) throws Exception {
		return this.http.send(TestClients.request(uri(httpPort, "/actuator/health"))
			.header("Authorization", "Bearer " + OPERATOR_TOKEN)
			.build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private static URI uri(int port, String path) {
		return URI.create("http://127.0.0.1:" + port + path);
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}

package com.fintechkg.kg;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fintechkg.kg.support.TestClients;
import com.fintechkg.kg.support.PackagedJar;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.ClientException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The packaged jar, started as users start it ({@code java -jar}) on free ports: GraphQL answers from Neo4j,
 * Neo4j Browser is served and pointed at the bound Bolt port, Bolt serves the same graph to a driver, health is
 * UP, and a second start on the same data directory keeps the graph, and a curator's change, without reloading
 * the seed.
 */
// hang guard: each start of the jar may wait up to 10 minutes on a saturated machine
@org.junit.jupiter.api.Timeout(value = 30, unit = java.util.concurrent.TimeUnit.MINUTES)
class PackagedApplicationIT {

	private static final Pattern HTTP_PORT = Pattern.compile("Tomcat started on port (\\d+)");

	private static final Pattern BOLT_PORT = Pattern.compile("Bolt on [^ ]+:(\\d+)");

	private static final String CURATOR_TOKEN = "packaged-it-curator-token";

	private static final String[] CURATOR_TOKEN_CONFIG = { "--fintechkg.security.tokens[0].name=it-curator",
			"--fintechkg.security.tokens[0].sha256=" + com.fintechkg.kg.security.CuratorTokens.sha256(CURATOR_TOKEN) };

	private static final String CURATED_CHANGE = """
			{"query": "mutation($input: UpsertEntityInput!) { upsertEntity(input: $input) { entity { version } } }",
			 "variables": {"input": {"id": "chatabc", "kind": "PRODUCT", "name": "ChatABC", "nameZh": "ChatABC",
			   "aliases": ["ABC financial AI large model", "自主金融 AI 大模型"], "category": "model",
			   "description": "Curated before a restart.", "expectedVersion": 1,
			   "citations": [{"section": "3.2.1", "quote": "农行发布自主金融 AI 大模型 ChatABC"}]}}}
			""";

	private final HttpClient http = TestClients.httpWithoutRedirects();

	@TempDir
	Path dataDir;

	@Test
	void shouldServeGraphQlBrowserBoltAndHealthFromOneJarAndKeepTheGraphAcrossRestarts() throws Exception {
		long entities;
		try (RunningJar app = RunningJar.start(this.dataDir, CURATOR_TOKEN_CONFIG)) {
			assertThat(app.log()).anyMatch((line) -> line.contains("Loaded seed"));
			String answer = post(app, "{ entities(first: 1) { totalCount } }");
			entities = ((Number) JsonPath.read(answer, "$.data.entities.totalCount")).longValue();
			assertThat(entities).isPositive();
			assertThat((String) JsonPath.read(post(app, "{ entity(id: \"icbc\") { nameZh } }"), "$.data.entity.nameZh"))
				.isEqualTo("工商银行");

			HttpResponse<String> redirect = get(app, "/browser/");
			assertThat(redirect.statusCode()).isEqualTo(302);
			assertThat(redirect.headers().firstValue("Location")).get().asString()
				.contains("connectURL=bolt://127.0.0.1:" + app.boltPort());
			HttpResponse<String> page = get(app, redirect.headers().firstValue("Location").orElseThrow());
			assertThat(page.statusCode()).isEqualTo(200);
			assertThat(page.body()).contains("<title>Neo4j Browser</title>");

			try (Driver driver = TestClients.bolt("bolt://127.0.0.1:" + app.boltPort());
					var session = driver.session()) {
				long overBolt = session.run("MATCH (e:Entity) RETURN count(e) AS n").single().get("n").asLong();
				assertThat(overBolt).isEqualTo(entities);
				// Bolt is for reading: the packaged service refuses a write from it, and nothing changes
				assertThatExceptionOfType(ClientException.class)
					.isThrownBy(() -> session.run("CREATE (:Entity {id: 'written-over-bolt'})").consume())
					.withMessageContaining("read-only over Bolt");
				assertThat(session.run("MATCH (e:Entity) RETURN count(e) AS n").single().get("n").asLong())
					.isEqualTo(entities);
			}

			HttpResponse<String> health = this.http.send(TestClients.request(app.uri("/actuator/health"))
				.header("Authorization", "Bearer " + CURATOR_TOKEN)
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(health.statusCode()).isEqualTo(200);
			assertThat((String) JsonPath.read(health.body(), "$.status")).isEqualTo("UP");
			assertThat((String) JsonPath.read(health.body(), "$.components.neo4j.status")).isEqualTo("UP");
			assertThat(get(app, "/actuator/health").body()).contains("\"status\":\"UP\"")
				.doesNotContain("components", "details", "path");
			HttpResponse<String> info = get(app, "/actuator/info");
			assertThat(((Number) JsonPath.read(info.body(), "$.graph.entities")).longValue()).isEqualTo(entities);
			assertThat((String) JsonPath.read(info.body(), "$.graph.seed.version")).isNotBlank();

			HttpResponse<String> curated = this.http.send(TestClients.request(app.uri("/graphql"))
				.header("Content-Type", "application/json")
				.header("Authorization", "Bearer " + CURATOR_TOKEN)
				.POST(HttpRequest.BodyPublishers.ofString(CURATED_CHANGE))
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat((Integer) JsonPath.read(curated.body(), "$.data.upsertEntity.entity.version")).as(curated.body())
				.isEqualTo(2);
		}

		try (RunningJar again = RunningJar.start(this.dataDir)) {
			assertThat(again.log()).anyMatch((line) -> line.contains("holds the seed") && line.contains("not validated or loaded again"));
			assertThat(again.log()).noneMatch((line) -> line.contains("Loaded seed"));
			String answer = post(again, "{ entities(first: 1) { totalCount } }");
			assertThat(((Number) JsonPath.read(answer, "$.data.entities.totalCount")).longValue()).isEqualTo(entities);
			String chatabc = post(again, "{ entity(id: \"chatabc\") { description version provenance { origin updatedBy } } }");
			assertThat((String) JsonPath.read(chatabc, "$.data.entity.description")).isEqualTo("Curated before a restart.");
			assertThat((String) JsonPath.read(chatabc, "$.data.entity.provenance.updatedBy")).isEqualTo("it-curator");
		}
	}

	private String post(RunningJar app, String query) throws Exception {
		HttpRequest request = TestClients.request(app.uri("/graphql"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"query\":" + quote(query) + "}"))
			.build();
		HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		return response.body();
	}

	private HttpResponse<String> get(RunningJar app, String pathOrUrl) throws Exception {
		URI uri = pathOrUrl.startsWith("http") ? URI.create(pathOrUrl) : app.uri(pathOrUrl);
		return this.http.send(TestClients.request(uri).build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String quote(String text) {
		return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}

	/** {@code java -jar target/fintech-kg-*.jar} on free ports, stopped (gracefully) on close. */
	record RunningJar(Process process, List<String> log, int httpPort, int boltPort) implements AutoCloseable {

		static RunningJar start(Path dataDir, String... args) throws Exception {
			RunningJar launched = launch(dataDir, args);
			launched.awaitLog((line) -> line.contains("Started KnowledgeGraphApplication"));
			return new RunningJar(launched.process(), launched.log(), port(launched.log(), HTTP_PORT),
					port(launched.log(), BOLT_PORT));
		}

		/** Starts the jar and returns at once, before it serves anything (ports unknown: 0). */
		static RunningJar launch(Path dataDir, String... args) throws Exception {
			String java = ProcessHandle.current().info().command().orElse("java");
			List<String> command = new java.util.ArrayList<>(List.of(java, "-jar", PackagedJar.path().toString(), "--server.port=0",
					"--fintechkg.embedded.bolt-port=0", "--fintechkg.embedded.data-dir=" + dataDir));
			command.addAll(List.of(args));
			Process process = new ProcessBuilder(command)
				.redirectErrorStream(true)
				.start();
			List<String> log = new CopyOnWriteArrayList<>();
			Thread.ofPlatform().daemon().start(() -> {
				try (BufferedReader reader = new BufferedReader(
						new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
					reader.lines().forEach(log::add);
				}
				catch (IOException | java.io.UncheckedIOException ex) {
					// the process ended and closed its output
				}
			});
			return new RunningJar(process, log, 0, 0);
		}

		/** Waits (polling; at most 10 minutes, against a hang) until a line of the log matches; fails if the process ends first. */
		void awaitLog(java.util.function.Predicate<String> expected) throws InterruptedException {
			long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
			while (System.nanoTime() < deadline && this.process.isAlive() && this.log.stream().noneMatch(expected)) {
				Thread.sleep(20);
			}
			if (this.log.stream().noneMatch(expected)) {
				this.process.destroyForcibly();
				throw new AssertionError("The jar never logged what was awaited:\n" + String.join("\n", this.log));
			}
		}

		/** Kills the process as {@code kill -9} does: no shutdown hook, no graceful close of the database. */
		void kill() throws InterruptedException {
			this.process.destroyForcibly().waitFor();
		}

		URI uri(String path) {
			return URI.create("http://127.0.0.1:" + this.httpPort + path);
		}

		@Override
		public void close() throws Exception {
			this.process.destroy();
			if (!this.process.waitFor(60, TimeUnit.SECONDS)) {
				this.process.destroyForcibly().waitFor();
			}
		}

		private static int port(List<String> log, Pattern pattern) {
			return log.stream().map(pattern::matcher).filter(Matcher::find).map((m) -> Integer.parseInt(m.group(1)))
				.findFirst().orElseThrow(() -> new AssertionError("No " + pattern + " in the log"));
		}

	}

}

package com.fintechkg.kg;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;

import com.fintechkg.kg.support.TestClients;
import com.fintechkg.kg.PackagedApplicationIT.RunningJar;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Killing the service ({@code kill -9}) while it writes the seed leaves the database consistent: the load is one
 * transaction, so after the kill the database holds none of it, and the next start loads all of it. The seed is
 * the bundled one plus thousands of extra scenarios, so that the write takes long enough to be interrupted.
 */
// hang guard: each start of the jar may wait up to 10 minutes on a saturated machine
@org.junit.jupiter.api.Timeout(value = 30, unit = java.util.concurrent.TimeUnit.MINUTES)
class InterruptedSeedLoadIT {

	private static final int EXTRA_SCENARIOS = 10_000;

	@TempDir
	Path dataDir;

	@TempDir
	Path seedDir;

	private final HttpClient http = TestClients.http();

	@Test
	void aLoadKilledHalfWayLeavesNothingAndTheNextStartLoadsEverything() throws Exception {
		int entities = largeSeed();

		RunningJar killed = RunningJar.launch(this.dataDir, "--fintechkg.seed.location=" + this.seedDir);
		killed.awaitLog((line) -> line.contains("Writing seed"));
		killed.kill();
		assertThat(killed.log()).as("the kill came after the load finished").noneMatch((line) -> line.contains("Loaded seed"));

		try (RunningJar inspect = RunningJar.start(this.dataDir, "--fintechkg.seed.mode=never")) {
			assertThat(count(inspect)).as("entities after a load killed half-way").isZero();
		}
		try (RunningJar again = RunningJar.start(this.dataDir, "--fintechkg.seed.location=" + this.seedDir)) {
			assertThat(again.log()).anyMatch((line) -> line.contains("Loaded seed"));
			assertThat(count(again)).isEqualTo(entities);
		}
	}

	/** Copies the bundled seed and adds {@link #EXTRA_SCENARIOS} scenarios; returns the number of entities. */
	private int largeSeed() throws Exception {
		Path bundled = Path.of("graph-seed");
		try (Stream<Path> files = Files.walk(bundled)) {
			for (Path file : files.toList()) {
				Path target = this.seedDir.resolve(bundled.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(target);
				}
				else {
					Files.copy(file, target);
				}
			}
		}
		StringBuilder extra = new StringBuilder("\n");
		for (int i = 0; i < EXTRA_SCENARIOS; i++) {
			extra.append("""
					  - id: interrupted-load-%1$05d
					    name: "Interrupted load scenario %1$05d"
					    nameZh: "中断加载场景%1$05d"
					    aliases: []
					    description: "A scenario that exists only to make the seed large."
					    citations:
					      - section: "3.2.1"
					        quote: "当前，金融业大模型多以智能助手、人机协同等形式赋能智能客服、智能风控等环节"
					""".formatted(i));
		}
		Files.writeString(this.seedDir.resolve("scenarios.yaml"), extra, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
		try (Stream<Path> files = Files.list(bundled)) {
			int bundledEntities = 0;
			for (Path file : files.filter((f) -> f.toString().endsWith(".yaml"))
				.filter((f) -> !List.of("seed.yaml", "sources.yaml", "vocabulary.yaml", "relations.yaml").contains(f.getFileName().toString()))
				.toList()) {
				bundledEntities += (int) Files.readAllLines(file).stream().filter((line) -> line.startsWith("  - id: ")).count();
			}
			return bundledEntities + EXTRA_SCENARIOS;
		}
	}

	private long count(RunningJar app) throws Exception {
		HttpResponse<String> response = this.http.send(TestClients.request(app.uri("/graphql"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"query\": \"{ entities(first: 0) { totalCount } }\"}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		return ((Number) JsonPath.read(response.body(), "$.data.entities.totalCount")).longValue();
	}

}

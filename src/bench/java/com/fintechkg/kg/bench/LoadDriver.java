package com.fintechkg.kg.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fintechkg.kg.bench.QueryMix.Question;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.Record;
import org.neo4j.driver.RoutingControl;

import tools.jackson.databind.json.JsonMapper;

/**
 * The load driver: sends the {@link QueryMix} to a running service over HTTP (JDK HttpClient) and, in
 * {@code floor} mode, the same questions as hand-written Cypher over Bolt to the same database.
 * <pre>
 * floor  after warming up on the whole mix (both sides), each client alternates one GraphQL request and one Bolt
 *        query of the same question, question by question, so both sides see the same machine load; reports both
 *        and the GraphQL/raw ratio.
 * load   CLIENTS concurrent clients send the whole mix round-robin for SECONDS; reports per-question latency,
 *        throughput and errors, and the service's heap after a full GC and its RSS before and after (with --pid).
 * scale  two services, one on a small graph (--graphql, --bolt) and one on a large one (--large-graphql,
 *        --large-bolt), asked the same question in turn by each client, GraphQL only (with --raw=true, raw Cypher
 *        on both too); reports each side's latency and the large/small ratio. Both graphs see the same machine load
 *        at the same moment, so the ratio does not depend on how fast the host happens to be during the run.
 * paths  two services of one jar on one database: the embedded one (--graphql, --bolt) and one reading it over
 *        Bolt through its driver (--driver-graphql), and raw Cypher over the same Bolt; each client asks all three
 *        the same question in turn (rotating which goes first); reports each side's latency and the ratios to raw.
 * </pre>
 * Every answer is checked: an HTTP status other than 200, a GraphQL {@code errors} entry or an answer without
 * the expected content is an error, counted and reported. Results are appended to {@code target/bench/results.tsv}.
 */
public final class LoadDriver {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Map<String, String> options;

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5)).build();

	private final URI graphql;

	private LoadDriver(Map<String, String> options) {
		this.options = options;
		this.graphql = URI.create(option("graphql", "http://127.0.0.1:18080/graphql"));
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options = new LinkedHashMap<>();
		for (String arg : args) {
			if (!arg.startsWith("--") || !arg.contains("=")) {
				System.err.println("Usage: LoadDriver --mode=floor|load|scale|cached|paths [--graphql=URL] [--bolt=URI] [--clients=N]"
						+ " [--seconds=S] [--warmup=S] [--pid=PID] [--label=TEXT] [--out=FILE] [--only=q1,q2]"
						+ " [--large-graphql=URL --large-bolt=URI --raw=true] [--driver-graphql=URL]");
				System.exit(2);
			}
			options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
		}
		int errors = new LoadDriver(options).run();
		System.exit(errors == 0 ? 0 : 1);
	}

	private String option(String name, String fallback) {
		return this.options.getOrDefault(name, fallback);
	}

	private int run() throws Exception {
		String mode = option("mode", "floor");
		QueryMix mix = QueryMix.standard();
		if (this.options.containsKey("only")) {
			List<String> only = Arrays.asList(option("only", "").split(","));
			mix = new QueryMix(mix.questions().stream().filter((q) -> only.contains(q.name())).toList());
		}
		System.out.printf("%s: mode=%s, %s, load average %s%n", Instant.now(), mode, option("label", ""), loadAverage());
		return switch (mode) {
			case "floor" -> floor(mix);
			case "load" -> load(mix);
			case "scale" -> scale(mix);
			case "paths" -> paths(mix);
			case "cached" -> cached(mix);
			default -> throw new IllegalArgumentException("Unknown mode " + mode);
		};
	}

	// --- floor: GraphQL and raw Cypher, question by question, interleaved ---

	private int floor(QueryMix mix) throws Exception {
		int clients = Integer.parseInt(option("clients", "2"));
		int seconds = Integer.parseInt(option("seconds", "20"));
		int warmup = Integer.parseInt(option("warmup", "5"));
		int errors = 0;
		try (Driver driver = bolt()) {
			// The whole mix first, both sides, so that the first question is not measured on a cold JIT.
			List<Question> all = mix.questions();
			runClients(clients, Math.max(warmup, 2 * all.size()), (iteration, results) -> {
				Question question = all.get((int) (iteration % all.size()));
				graphQl(question, iteration, results.get("graphql"));
				raw(driver, question, iteration, results.get("raw"));
			}, List.of("graphql", "raw"));
			System.out.printf("%-14s %8s %8s %8s %8s %9s %6s | %8s %8s %8s %8s %9s | %6s %6s%n", "question", "n",
					"p50 ms", "p95 ms", "p99 ms", "req/s", "errors", "raw p50", "raw p95", "raw p99", "raw n", "raw q/s",
					"p50 x", "p99 x");
			for (Question question : mix.questions()) {
				runClients(clients, warmup, (iteration, results) -> {
					graphQl(question, iteration, results.get("graphql"));
					raw(driver, question, iteration, results.get("raw"));
				}, List.of("graphql", "raw"));
				Map<String, Recorder> results = runClients(clients, seconds, (iteration, recorders) -> {
					if (iteration % 2 == 0) {
						graphQl(question, iteration, recorders.get("graphql"));
						raw(driver, question, iteration, recorders.get("raw"));
					}
					else {
						raw(driver, question, iteration, recorders.get("raw"));
						graphQl(question, iteration, recorders.get("graphql"));
					}
				}, List.of("graphql", "raw"));
				Stats gql = results.get("graphql").stats(seconds);
				Stats raw = results.get("raw").stats(seconds);
				errors += gql.errors() + raw.errors();
				System.out.printf(Locale.ROOT, "%-14s %8d %8.2f %8.2f %8.2f %9.1f %6d | %8.2f %8.2f %8.2f %8d %9.1f | %6.2f %6.2f%n",
						question.name(), gql.count(), gql.p50(), gql.p95(), gql.p99(), gql.throughput(), gql.errors(),
						raw.p50(), raw.p95(), raw.p99(), raw.count(), raw.throughput(), gql.p50() / raw.p50(),
						gql.p99() / raw.p99());
				record("floor", question.name(), "graphql", clients, gql);
				record("floor", question.name(), "raw", clients, raw);
				results.get("graphql").printErrors();
				results.get("raw").printErrors();
			}
		}
		System.out.printf("%s: done, load average %s, errors %d%n", Instant.now(), loadAverage(), errors);
		return errors;
	}

	// --- cached: the same question as POST, as GET (200) and as a GET revalidation (304), interleaved ---

	private int cached(QueryMix mix) throws Exception {
		int clients = Integer.parseInt(option("clients", "2"));
		int seconds = Integer.parseInt(option("seconds", "20"));
		int warmup = Integer.parseInt(option("warmup", "5"));
		List<String> sides = List.of("POST", "GET", "GET 304");
		String etag = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(getUri(mix.questions().getFirst(), 0)).timeout(Duration.ofSeconds(30)).build(),
					HttpResponse.BodyHandlers.discarding())
			.headers()
			.firstValue("ETag")
			.orElseThrow(() -> new IllegalStateException("GET /graphql answered without an ETag"));
		Step step = (question, iteration, recorders) -> {
			graphQl(question, iteration, recorders.get("POST"));
			get(question, iteration, null, recorders.get("GET"));
			get(question, iteration, etag, recorders.get("GET 304"));
		};
		int errors = 0;
		List<Question> all = mix.questions();
		runClients(clients, Math.max(warmup, 2 * all.size()),
				(iteration, recorders) -> step.run(all.get((int) (iteration % all.size())), iteration, recorders), sides);
		System.out.printf("%-14s %8s %9s %9s %9s %10s %8s%n", "question", "n", "POST p50", "GET p50", "304 p50",
				"304 req/s", "POST÷304");
		for (Question question : all) {
			runClients(clients, warmup, (iteration, recorders) -> step.run(question, iteration, recorders), sides);
			Map<String, Recorder> results = runClients(clients, seconds,
					(iteration, recorders) -> step.run(question, iteration, recorders), sides);
			Map<String, Stats> stats = new LinkedHashMap<>();
			for (String side : sides) {
				stats.put(side, results.get(side).stats(seconds));
				errors += stats.get(side).errors();
				record("cached", question.name(), side, clients, stats.get(side));
				results.get(side).printErrors();
			}
			System.out.printf(Locale.ROOT, "%-14s %8d %9.2f %9.2f %9.2f %10.1f %8.1f%n", question.name(),
					stats.get("POST").count(), stats.get("POST").p50(), stats.get("GET").p50(), stats.get("GET 304").p50(),
					stats.get("GET 304").throughput(), stats.get("POST").p50() / stats.get("GET 304").p50());
		}
		System.out.printf("%s: done, load average %s, errors %d%n", Instant.now(), loadAverage(), errors);
		return errors;
	}

	private URI getUri(Question question, long iteration) {
		return URI.create(this.graphql + "?query=" + java.net.URLEncoder.encode(question.graphql(), StandardCharsets.UTF_8)
				+ "&variables=" + java.net.URLEncoder.encode(JSON.writeValueAsString(question.arguments(iteration)),
						StandardCharsets.UTF_8));
	}

	/** A GET of {@code question}: a full answer, or with {@code ifNoneMatch} a 304 without a body. */
	private void get(Question question, long iteration, String ifNoneMatch, Recorder recorder) {
		long start = System.nanoTime();
		try {
			HttpRequest.Builder request = HttpRequest.newBuilder(getUri(question, iteration)).timeout(Duration.ofSeconds(30));
			if (ifNoneMatch != null) {
				request.header("If-None-Match", ifNoneMatch);
			}
			HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			long elapsed = System.nanoTime() - start;
			int expected = (ifNoneMatch != null) ? 304 : 200;
			if (response.statusCode() != expected) {
				recorder.error("HTTP " + response.statusCode() + " (expected " + expected + "): " + abbreviate(response.body()));
			}
			else if (expected == 200 && (response.body().contains("\"errors\"")
					|| !response.body().contains(question.expect(iteration)))) {
				recorder.error("unexpected answer: " + abbreviate(response.body()));
			}
			else {
				recorder.record(elapsed);
			}
		}
		catch (IOException | RuntimeException ex) {
			recorder.error(ex.getClass().getSimpleName() + ": " + ex.getMessage());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	// --- scale: the same question to a small and a large graph, interleaved ---

	private int scale(QueryMix mix) throws Exception {
		int clients = Integer.parseInt(option("clients", "2"));
		int seconds = Integer.parseInt(option("seconds", "20"));
		int warmup = Integer.parseInt(option("warmup", "5"));
		URI large = URI.create(option("large-graphql", "http://127.0.0.1:18081/graphql"));
		boolean withRaw = Boolean.parseBoolean(option("raw", "false"));
		List<String> sides = withRaw ? List.of("small", "large", "small raw", "large raw") : List.of("small", "large");
		int errors = 0;
		try (Driver smallBolt = bolt(); Driver largeBolt = bolt(option("large-bolt", "bolt://127.0.0.1:17688"))) {
			Step step = (question, iteration, recorders) -> {
				// alternate which graph goes first, so neither always runs right after the other
				if (iteration % 2 == 0) {
					graphQl(this.graphql, question, iteration, recorders.get("small"));
					graphQl(large, question, iteration, recorders.get("large"));
					if (withRaw) {
						raw(smallBolt, question, iteration, recorders.get("small raw"));
						raw(largeBolt, question, iteration, recorders.get("large raw"));
					}
				}
				else {
					graphQl(large, question, iteration, recorders.get("large"));
					graphQl(this.graphql, question, iteration, recorders.get("small"));
					if (withRaw) {
						raw(largeBolt, question, iteration, recorders.get("large raw"));
						raw(smallBolt, question, iteration, recorders.get("small raw"));
					}
				}
			};
			List<Question> all = mix.questions();
			runClients(clients, Math.max(warmup, 2 * all.size()),
					(iteration, recorders) -> step.run(all.get((int) (iteration % all.size())), iteration, recorders), sides);
			System.out.printf("%-14s %8s %9s %9s %8s | %9s %9s %8s%n", "question", "n", "small p50", "large p50",
					"large÷", "raw small", "raw large", "large÷");
			for (Question question : all) {
				runClients(clients, warmup, (iteration, recorders) -> step.run(question, iteration, recorders), sides);
				Map<String, Recorder> results = runClients(clients, seconds,
						(iteration, recorders) -> step.run(question, iteration, recorders), sides);
				Map<String, Stats> stats = new LinkedHashMap<>();
				for (String side : sides) {
					stats.put(side, results.get(side).stats(seconds));
					errors += stats.get(side).errors();
					record("scale", question.name(), side, clients, stats.get(side));
					results.get(side).printErrors();
				}
				Stats smallRaw = stats.getOrDefault("small raw", Stats.NONE);
				Stats largeRaw = stats.getOrDefault("large raw", Stats.NONE);
				System.out.printf(Locale.ROOT, "%-14s %8d %9.2f %9.2f %8.2f | %9.2f %9.2f %8.2f%n", question.name(),
						stats.get("small").count(), stats.get("small").p50(), stats.get("large").p50(),
						stats.get("large").p50() / stats.get("small").p50(), smallRaw.p50(), largeRaw.p50(),
						largeRaw.p50() / smallRaw.p50());
			}
		}
		System.out.printf("%s: done, load average %s, errors %d%n", Instant.now(), loadAverage(), errors);
		return errors;
	}

	// --- paths: the embedded read path, the driver read path and raw Cypher, one database, interleaved ---

	private int paths(QueryMix mix) throws Exception {
		int clients = Integer.parseInt(option("clients", "4"));
		int seconds = Integer.parseInt(option("seconds", "20"));
		int warmup = Integer.parseInt(option("warmup", "5"));
		URI driverPath = URI.create(option("driver-graphql", "http://127.0.0.1:18082/graphql"));
		List<String> sides = List.of("embedded", "driver", "raw");
		int errors = 0;
		try (Driver driver = bolt()) {
			Step step = (question, iteration, recorders) -> {
				// rotate which side goes first, so none always runs right after another
				for (int i = 0; i < 3; i++) {
					switch ((int) ((iteration + i) % 3)) {
						case 0 -> graphQl(this.graphql, question, iteration, recorders.get("embedded"));
						case 1 -> graphQl(driverPath, question, iteration, recorders.get("driver"));
						default -> raw(driver, question, iteration, recorders.get("raw"));
					}
				}
			};
			List<Question> all = mix.questions();
			runClients(clients, Math.max(warmup, 2 * all.size()),
					(iteration, recorders) -> step.run(all.get((int) (iteration % all.size())), iteration, recorders), sides);
			System.out.printf("%-14s %8s %9s %9s %9s | %8s %8s | %9s %9s %9s%n", "question", "n", "emb p50", "drv p50",
					"raw p50", "emb÷raw", "drv÷raw", "emb p95", "drv p95", "raw p95");
			for (Question question : all) {
				runClients(clients, warmup, (iteration, recorders) -> step.run(question, iteration, recorders), sides);
				Map<String, Recorder> results = runClients(clients, seconds,
						(iteration, recorders) -> step.run(question, iteration, recorders), sides);
				Map<String, Stats> stats = new LinkedHashMap<>();
				for (String side : sides) {
					stats.put(side, results.get(side).stats(seconds));
					errors += stats.get(side).errors();
					record("paths", question.name(), side, clients, stats.get(side));
					results.get(side).printErrors();
				}
				Stats embedded = stats.get("embedded");
				Stats driverSide = stats.get("driver");
				Stats raw = stats.get("raw");
				System.out.printf(Locale.ROOT, "%-14s %8d %9.2f %9.2f %9.2f | %8.2f %8.2f | %9.2f %9.2f %9.2f%n",
						question.name(), embedded.count(), embedded.p50(), driverSide.p50(), raw.p50(),
						embedded.p50() / raw.p50(), driverSide.p50() / raw.p50(), embedded.p95(), driverSide.p95(),
						raw.p95());
			}
		}
		System.out.printf("%s: done, load average %s, errors %d%n", Instant.now(), loadAverage(), errors);
		return errors;
	}

	interface Step {

		void run(Question question, long iteration, Map<String, Recorder> recorders);

	}

	// --- load: many clients, the whole mix ---

	private int load(QueryMix mix) throws Exception {
		int clients = Integer.parseInt(option("clients", "32"));
		int seconds = Integer.parseInt(option("seconds", "60"));
		int warmup = Integer.parseInt(option("warmup", "10"));
		List<String> names = mix.questions().stream().map(Question::name).toList();
		Memory before = memory();
		System.out.println("before: " + before);
		runClients(clients, warmup, (iteration, recorders) -> {
			Question question = mix.questions().get((int) (iteration % names.size()));
			graphQl(question, iteration / names.size(), recorders.get(question.name()));
		}, names);
		Map<String, Recorder> results = runClients(clients, seconds, (iteration, recorders) -> {
			Question question = mix.questions().get((int) (iteration % names.size()));
			graphQl(question, iteration / names.size(), recorders.get(question.name()));
		}, names);
		Memory after = memory();
		System.out.println("after:  " + after);
		int errors = 0;
		long total = 0;
		List<Long> all = new ArrayList<>();
		System.out.printf("%-14s %8s %8s %8s %8s %9s %6s%n", "question", "n", "p50 ms", "p95 ms", "p99 ms", "req/s",
				"errors");
		for (String name : names) {
			Recorder recorder = results.get(name);
			Stats stats = recorder.stats(seconds);
			errors += stats.errors();
			total += stats.count();
			all.addAll(recorder.latencies);
			System.out.printf(Locale.ROOT, "%-14s %8d %8.2f %8.2f %8.2f %9.1f %6d%n", name, stats.count(), stats.p50(),
					stats.p95(), stats.p99(), stats.throughput(), stats.errors());
			record("load", name, "graphql", clients, stats);
			recorder.printErrors();
		}
		Recorder overall = new Recorder();
		overall.latencies.addAll(all);
		Stats mixStats = overall.stats(seconds);
		System.out.printf(Locale.ROOT, "%-14s %8d %8.2f %8.2f %8.2f %9.1f %6d%n", "ALL", total, mixStats.p50(),
				mixStats.p95(), mixStats.p99(), mixStats.throughput(), errors);
		record("load", "ALL", "graphql", clients, new Stats(total, errors, mixStats.p50(), mixStats.p95(),
				mixStats.p99(), mixStats.throughput()));
		appendLine(String.join("\t", "memory", option("label", ""), before.toString(), after.toString()));
		System.out.printf("%s: done, load average %s, errors %d%n", Instant.now(), loadAverage(), errors);
		return errors;
	}

	// --- requests ---

	private void graphQl(Question question, long iteration, Recorder recorder) {
		graphQl(this.graphql, question, iteration, recorder);
	}

	private void graphQl(URI endpoint, Question question, long iteration, Recorder recorder) {
		long start = System.nanoTime();
		try {
			String body = JSON.writeValueAsString(Map.of("query", question.graphql(), "variables",
					question.arguments(iteration)));
			HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(30))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
				.build();
			HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
			long elapsed = System.nanoTime() - start;
			if (response.statusCode() != 200) {
				recorder.error("HTTP " + response.statusCode() + ": " + abbreviate(response.body()));
			}
			else if (response.body().contains("\"errors\"")) {
				recorder.error("GraphQL errors: " + abbreviate(response.body()));
			}
			else if (!response.body().contains(question.expect(iteration))) {
				recorder.error("unexpected answer: " + abbreviate(response.body()));
			}
			else {
				recorder.record(elapsed);
			}
		}
		catch (IOException | RuntimeException ex) {
			recorder.error(ex.getClass().getSimpleName() + ": " + ex.getMessage());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private void raw(Driver driver, Question question, long iteration, Recorder recorder) {
		long start = System.nanoTime();
		try {
			var result = driver.executableQuery(question.cypher())
				.withParameters(question.arguments(iteration))
				.withConfig(QueryConfig.builder().withRouting(RoutingControl.READ).build())
				.execute();
			List<Map<String, Object>> rows = result.records().stream().map(Record::asMap).toList();
			long elapsed = System.nanoTime() - start;
			if (rows.isEmpty()) {
				recorder.error("raw query returned no rows");
			}
			else {
				recorder.record(elapsed);
			}
		}
		catch (RuntimeException ex) {
			recorder.error(ex.getClass().getSimpleName() + ": " + ex.getMessage());
		}
	}

	private Driver bolt() {
		return bolt(option("bolt", "bolt://127.0.0.1:17687"));
	}

	private Driver bolt(String uri) {
		return GraphDatabase.driver(uri,
				this.options.containsKey("user") ? AuthTokens.basic(option("user", ""), option("password", ""))
						: AuthTokens.none());
	}

	// --- clients ---

	interface Client {

		void run(long iteration, Map<String, Recorder> recorders);

	}

	/** Runs {@code step} in {@code clients} threads for {@code seconds}; each thread records into its own recorders. */
	private Map<String, Recorder> runClients(int clients, int seconds, Client step, List<String> names)
			throws InterruptedException {
		AtomicBoolean stop = new AtomicBoolean();
		AtomicLong counter = new AtomicLong();
		List<Map<String, Recorder>> perThread = new ArrayList<>();
		List<Thread> threads = new ArrayList<>();
		for (int i = 0; i < clients; i++) {
			Map<String, Recorder> recorders = new HashMap<>();
			names.forEach((name) -> recorders.put(name, new Recorder()));
			perThread.add(recorders);
			threads.add(Thread.ofPlatform().name("client-" + i).start(() -> {
				while (!stop.get()) {
					step.run(counter.getAndIncrement(), recorders);
				}
			}));
		}
		Thread.sleep(Duration.ofSeconds(seconds));
		stop.set(true);
		for (Thread thread : threads) {
			thread.join();
		}
		Map<String, Recorder> merged = new LinkedHashMap<>();
		for (String name : names) {
			Recorder recorder = new Recorder();
			perThread.forEach((recorders) -> recorder.merge(recorders.get(name)));
			merged.put(name, recorder);
		}
		return merged;
	}

	static final class Recorder {

		final List<Long> latencies = new ArrayList<>();

		final Map<String, Integer> errors = new LinkedHashMap<>();

		void record(long nanos) {
			this.latencies.add(nanos);
		}

		void error(String message) {
			this.errors.merge(message, 1, Integer::sum);
		}

		void merge(Recorder other) {
			this.latencies.addAll(other.latencies);
			other.errors.forEach((message, count) -> this.errors.merge(message, count, Integer::sum));
		}

		Stats stats(int seconds) {
			long[] sorted = this.latencies.stream().mapToLong(Long::longValue).sorted().toArray();
			int errorCount = this.errors.values().stream().mapToInt(Integer::intValue).sum();
			return new Stats(sorted.length, errorCount, percentile(sorted, 50), percentile(sorted, 95),
					percentile(sorted, 99), (double) sorted.length / seconds);
		}

		void printErrors() {
			this.errors.entrySet().stream().limit(5)
				.forEach((error) -> System.out.println("  ERROR x" + error.getValue() + ": " + error.getKey()));
		}

		private static double percentile(long[] sorted, double percent) {
			if (sorted.length == 0) {
				return Double.NaN;
			}
			int index = (int) Math.ceil(percent / 100 * sorted.length) - 1;
			return sorted[Math.max(0, Math.min(index, sorted.length - 1))] / 1_000_000.0;
		}

	}

	record Stats(long count, int errors, double p50, double p95, double p99, double throughput) {

		/** A side not measured in this run. */
		static final Stats NONE = new Stats(0, 0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
	}

	// --- memory of the service process ---

	record Memory(long heapAfterGcMb, long rssMb) {

		@Override
		public String toString() {
			return "heap after GC " + this.heapAfterGcMb + " MB, RSS " + this.rssMb + " MB";
		}

	}

	private Memory memory() throws IOException, InterruptedException {
		String pid = this.options.get("pid");
		if (pid == null) {
			return new Memory(-1, -1);
		}
		String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
		new ProcessBuilder(jcmd, pid, "GC.run").redirectErrorStream(true).start().waitFor();
		Process info = new ProcessBuilder(jcmd, pid, "GC.heap_info").redirectErrorStream(true).start();
		String heap = new String(info.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		info.waitFor();
		Matcher used = Pattern.compile("used (\\d+)K").matcher(heap);
		long heapKb = used.find() ? Long.parseLong(used.group(1)) : -1;
		long rssKb = Files.readAllLines(Path.of("/proc", pid, "status")).stream()
			.filter((line) -> line.startsWith("VmRSS:"))
			.mapToLong((line) -> Long.parseLong(line.replaceAll("\\D", "")))
			.findFirst().orElse(-1);
		return new Memory(heapKb / 1024, rssKb / 1024);
	}

	// --- output ---

	private void record(String mode, String question, String side, int clients, Stats stats) throws IOException {
		appendLine(String.join("\t", mode, option("label", ""), question, side, String.valueOf(clients),
				String.valueOf(stats.count()), String.valueOf(stats.errors()), format(stats.p50()),
				format(stats.p95()), format(stats.p99()), format(stats.throughput())));
	}

	private void appendLine(String line) throws IOException {
		Path out = Path.of(option("out", "target/bench/results.tsv"));
		Files.createDirectories(out.toAbsolutePath().getParent());
		Files.writeString(out, line + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
	}

	private static String format(double value) {
		return String.format(Locale.ROOT, "%.3f", value);
	}

	private static String abbreviate(String text) {
		return (text.length() > 300) ? text.substring(0, 300) + "..." : text;
	}

	static String loadAverage() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).trim();
		}
		catch (IOException ex) {
			return "unknown";
		}
	}

}

package com.fintechkg.kg.command;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import com.fintechkg.kg.KnowledgeGraphApplication;
import com.fintechkg.kg.generate.SyntheticGraph;
import com.fintechkg.kg.seed.SeedModel.Seed;
import com.fintechkg.kg.seed.SeedValidator;
import com.fintechkg.kg.vocabulary.Kind;
import org.neo4j.driver.Driver;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.core.io.DefaultResourceLoader;

/**
 * The jar's command-line mode for synthetic benchmark graphs, without serving HTTP:
 * <pre>
 * java -jar fintech-kg.jar generate --nodes 100000 [--seed 42] [--batch 10000] [--data-dir DIR]
 * java -jar fintech-kg.jar generate --nodes 100000 --uri neo4j://host:7687 --user neo4j --password secret
 * </pre>
 * Loads the bundled seed first when the database is empty (mode {@code if-empty}), then adds a
 * {@link SyntheticGraph} in batched {@code UNWIND} writes, with a progress bar on the terminal. It refuses a
 * database that already holds synthetic entities. Exit code 0 on success, 1 on a failed run, 2 on bad usage.
 */
public final class GenerateCommand {

	public static final String NAME = "generate";

	private static final String USAGE = "Usage: java -jar fintech-kg.jar generate --nodes N [--seed S] [--batch B]"
			+ " [--data-dir DIR | --uri URI --user USER --password PASSWORD]";

	private GenerateCommand() {
	}

	public static int run(String[] args) {
		return run(args, System.out, System.err);
	}

	public static int run(String[] args, PrintStream out, PrintStream err) {
		Map<String, String> options;
		int nodes;
		long seed;
		int batch;
		try {
			options = options(Arrays.copyOfRange(args, 1, args.length));
			nodes = number(options, "nodes", null, 1, 50_000_000);
			seed = number(options, "seed", 42, Integer.MIN_VALUE, Integer.MAX_VALUE);
			batch = number(options, "batch", 10_000, 1, 100_000);
		}
		catch (IllegalArgumentException ex) {
			err.println(ex.getMessage());
			err.println(USAGE);
			return 2;
		}
		List<String> arguments = new ArrayList<>(List.of("--fintechkg.seed.mode=if-empty", "--logging.level.root=warn"));
		if (options.containsKey("uri")) {
			arguments.add("--fintechkg.embedded.enabled=false");
			arguments.add("--spring.neo4j.uri=" + options.get("uri"));
			arguments.add("--spring.neo4j.authentication.username=" + options.getOrDefault("user", "neo4j"));
			arguments.add("--spring.neo4j.authentication.password=" + options.getOrDefault("password", ""));
		}
		else {
			arguments.add("--fintechkg.embedded.bolt-port=0");
			// its own database, written in batches through the driver: Bolt opened for writes for this run only
			arguments.add("--fintechkg.embedded.bolt-writes=true");
			// a batch is one transaction; on a busy machine it may need longer than the service's default limit
			arguments.add("--fintechkg.embedded.transaction-timeout=10m");
			if (options.containsKey("data-dir")) {
				arguments.add("--fintechkg.embedded.data-dir=" + options.get("data-dir"));
			}
		}
		try (var context = new SpringApplicationBuilder(KnowledgeGraphApplication.class).web(WebApplicationType.NONE)
			.logStartupInfo(false)
			.run(arguments.toArray(String[]::new))) {
			Seed bundled = SeedValidator.load(new DefaultResourceLoader().getResource("classpath:graph-seed/"));
			SyntheticGraph graph = new SyntheticGraph(bundled, nodes, seed);
			new GraphWriter(context.getBean(Driver.class), out).write(graph, batch);
			return 0;
		}
		catch (RuntimeException ex) {
			err.println("Generate failed: " + ex.getMessage());
			return 1;
		}
	}

	private static Map<String, String> options(String[] args) {
		Map<String, String> options = new HashMap<>();
		List<String> known = List.of("nodes", "seed", "batch", "data-dir", "uri", "user", "password");
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			if (!arg.startsWith("--")) {
				throw new IllegalArgumentException("Unexpected argument '" + arg + "'");
			}
			String name = arg.substring(2);
			String value;
			if (name.contains("=")) {
				value = name.substring(name.indexOf('=') + 1);
				name = name.substring(0, name.indexOf('='));
			}
			else if (i + 1 < args.length) {
				value = args[++i];
			}
			else {
				throw new IllegalArgumentException("Option --" + name + " needs a value");
			}
			if (!known.contains(name)) {
				throw new IllegalArgumentException("Unknown option --" + name);
			}
			options.put(name, value);
		}
		if (options.containsKey("uri") && options.containsKey("data-dir")) {
			throw new IllegalArgumentException("Give either --data-dir (embedded) or --uri (external Neo4j), not both");
		}
		return options;
	}

	private static int number(Map<String, String> options, String name, Integer fallback, long min, long max) {
		String text = options.get(name);
		if (text == null) {
			if (fallback == null) {
				throw new IllegalArgumentException("Option --" + name + " is required");
			}
			return fallback;
		}
		long value;
		try {
			value = Long.parseLong(text.replace("_", ""));
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("Option --" + name + " must be a whole number, was '" + text + "'");
		}
		if (value < min || value > max) {
			throw new IllegalArgumentException("Option --" + name + " must be between " + min + " and " + max
					+ ", was " + value);
		}
		return (int) value;
	}

	/** Writes a synthetic graph with batched UNWIND statements, one transaction per batch, and shows progress. */
	static final class GraphWriter {

		private final Driver driver;

		private final PrintStream out;

		GraphWriter(Driver driver, PrintStream out) {
			this.driver = driver;
			this.out = out;
		}

		void write(SyntheticGraph graph, int batch) {
			long existing = this.driver.executableQuery("MATCH (e:Entity {origin: $origin}) RETURN count(e) AS n")
				.withParameters(Map.of("origin", SyntheticGraph.ORIGIN)).execute().records().getFirst().get("n").asLong();
			if (existing > 0) {
				throw new IllegalStateException("the database already holds " + existing
						+ " synthetic entities; generate into an empty database (a new --data-dir)");
			}
			this.driver.executableQuery("""
					MERGE (s:Source {id: $id})
					SET s.title = '合成基准测试数据（非白皮书内容）', s.titleEn = 'Synthetic benchmark data, not from any document',
					    s.publisher = 'fintech-kg generate', s.language = 'zh,en', s.origin = $id
					""").withParameters(Map.of("id", SyntheticGraph.SOURCE)).execute();
			long start = System.nanoTime();
			Progress entities = new Progress(this.out, "entities", graph.size());
			graph.entities(batch, (rows) -> {
				this.driver.executableQuery(SyntheticGraph.createEntities(rows)).withParameters(Map.of("rows", rows)).execute();
				entities.advance(rows.size());
			});
			entities.done();
			Progress relations = new Progress(this.out, "relations", (long) graph.size() * 2);
			graph.relations(batch, (rows) -> {
				this.driver.executableQuery(SyntheticGraph.CREATE_RELATIONS).withParameters(Map.of("rows", rows)).execute();
				relations.advance(rows.size());
			});
			relations.done();
			long total = graph.relationsByType().values().stream().mapToLong(Integer::longValue).sum();
			this.out.printf("Generated %d synthetic entities and %d relations (seed entities kept) in %d s%n",
					graph.size(), total, (System.nanoTime() - start) / 1_000_000_000);
		}

	}

	/** A one-line progress bar, redrawn in place: {@code [#####.....]  50%  500000/1000000 entities  12000/s}. */
	static final class Progress {

		private final PrintStream out;

		private final String what;

		private final long expected;

		private final AtomicLong done = new AtomicLong();

		private final long start = System.nanoTime();

		Progress(PrintStream out, String what, long expected) {
			this.out = out;
			this.what = what;
			this.expected = Math.max(1, expected);
		}

		void advance(long count) {
			long now = this.done.addAndGet(count);
			double seconds = Math.max(0.001, (System.nanoTime() - this.start) / 1e9);
			int percent = (int) Math.min(100, now * 100 / this.expected);
			String bar = "#".repeat(percent / 4) + ".".repeat(25 - percent / 4);
			this.out.printf("\r[%s] %3d%% %,d %s %,.0f/s", bar, percent, now, this.what, now / seconds);
			this.out.flush();
		}

		void done() {
			double seconds = (System.nanoTime() - this.start) / 1e9;
			this.out.printf("\r[%s] %,d %s in %.1f s (%,.0f/s)%n", "#".repeat(25), this.done.get(), this.what, seconds,
					this.done.get() / Math.max(0.001, seconds));
		}

	}

}

package com.fintechkg.kg.command;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import com.fintechkg.kg.KnowledgeGraphApplication;
import com.fintechkg.kg.export.SeedExport;
import com.fintechkg.kg.seed.SeedException;
import com.fintechkg.kg.seed.SeedModel.Seed;
import com.fintechkg.kg.seed.SeedModel;
import com.fintechkg.kg.seed.SeedProperties;
import com.fintechkg.kg.seed.SeedValidator;
import com.fintechkg.kg.vocabulary.Kind;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.core.io.DefaultResourceLoader;

/**
 * The jar's command-line mode for seeds, without serving HTTP:
 * <pre>
 * java -jar fintech-kg.jar seed validate [DIR]                 # check a seed directory, write nothing
 * java -jar fintech-kg.jar seed load [DIR] [--spring.neo4j.uri=neo4j://host:7687 ...]
 * java -jar fintech-kg.jar seed export DIR [--spring.neo4j.uri=neo4j://host:7687 ...]
 * </pre>
 * {@code DIR} defaults to the bundled seed. {@code load} applies the seed (mode {@code always}) to the embedded
 * database, or to an external Neo4j when given {@code --fintechkg.embedded.enabled=false} and {@code spring.neo4j.*}.
 * {@code export} writes the database's graph, curated facts included, into {@code DIR} in the seed format (see
 * {@link SeedExport}) and validates what it wrote. Exit code 0 on success, 1 on an invalid seed or a failed load or
 * export, 2 on bad usage.
 */
public final class SeedCommand {

	public static final String NAME = "seed";

	private SeedCommand() {
	}

	public static int run(String[] args) {
		return run(args, System.out, System.err);
	}

	public static int run(String[] args, PrintStream out, PrintStream err) {
		List<String> positional = Arrays.stream(args).skip(1).filter((arg) -> !arg.startsWith("--")).toList();
		List<String> options = Arrays.stream(args).filter((arg) -> arg.startsWith("--")).toList();
		boolean export = !positional.isEmpty() && positional.get(0).equals("export");
		if (positional.isEmpty() || positional.size() > 2 || !List.of("validate", "load", "export").contains(positional.get(0))
				|| (export && positional.size() != 2)) {
			err.println("Usage: java -jar fintech-kg.jar seed validate|load [SEED_DIR] [--spring.neo4j.uri=...]");
			err.println("       java -jar fintech-kg.jar seed export DIR [--spring.neo4j.uri=...]");
			return 2;
		}
		String location = (positional.size() == 2) ? positional.get(1) : "classpath:graph-seed/";
		try {
			return switch (positional.get(0)) {
				case "validate" -> validate(location, out);
				case "export" -> export(Path.of(location), options, out);
				default -> load(location, options, out);
			};
		}
		catch (SeedException ex) {
			err.println(ex.getMessage());
			return 1;
		}
		catch (RuntimeException ex) {
			err.println("Seed " + positional.get(0) + " failed: " + ex.getMessage());
			return 1;
		}
	}

	private static int validate(String location, PrintStream out) {
		SeedProperties properties = new SeedProperties(SeedProperties.SeedMode.ALWAYS, location);
		Seed seed = SeedValidator.load(new DefaultResourceLoader().getResource(properties.directoryLocation()));
		Map<Kind, Long> kinds = seed.entities().stream()
			.collect(Collectors.groupingBy(SeedModel.Entity::kind, TreeMap::new, Collectors.counting()));
		Map<String, Long> types = seed.relations().stream()
			.collect(Collectors.groupingBy(SeedModel.Relation::type, TreeMap::new, Collectors.counting()));
		out.printf("Seed %s is valid: %d entities %s, %d relations %s%n", seed.version(), seed.entities().size(), kinds,
				seed.relations().size(), types);
		return 0;
	}

	private static int export(Path directory, List<String> options, PrintStream out) {
		try (var context = new SpringApplicationBuilder(KnowledgeGraphApplication.class)
			.web(WebApplicationType.NONE)
			.run(options.toArray(String[]::new))) {
			context.getBean(SeedExport.class).writeDirectory(directory);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write " + directory + ": " + ex.getMessage(), ex);
		}
		out.println("Exported the graph to " + directory.toAbsolutePath().normalize());
		return validate(directory.toAbsolutePath().normalize().toString(), out);
	}

	private static int load(String location, List<String> options, PrintStream out) {
		List<String> arguments = new ArrayList<>(options);
		arguments.add("--fintechkg.seed.location=" + location);
		if (options.stream().noneMatch((option) -> option.startsWith("--fintechkg.seed.mode"))) {
			arguments.add("--fintechkg.seed.mode=always");
		}
		try (var context = new SpringApplicationBuilder(KnowledgeGraphApplication.class)
			.web(WebApplicationType.NONE)
			.run(arguments.toArray(String[]::new))) {
			out.println("Seed loaded from " + location);
		}
		return 0;
	}


}

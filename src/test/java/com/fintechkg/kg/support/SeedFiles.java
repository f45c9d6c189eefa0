package com.fintechkg.kg.support;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.yaml.snakeyaml.Yaml;

/**
 * Sizes read straight from the bundled seed files with a plain YAML parser (not the service's seed reader), so
 * tests expect what the files hold instead of literals that the next seed change breaks.
 */
public final class SeedFiles {

	public static final Path BUNDLED = Path.of("graph-seed");

	private SeedFiles() {
	}

	/** The number of entities the seed files declare (every {@code entities:} list). */
	public static int entities() {
		return count("entities");
	}

	/** The number of relations the seed files declare (every {@code relations:} list). */
	public static int relations() {
		return count("relations");
	}

	private static int count(String key) {
		try (Stream<Path> files = Files.list(BUNDLED)) {
			int total = 0;
			for (Path file : files.filter((f) -> f.toString().endsWith(".yaml")).sorted().toList()) {
				try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
					Object document = new Yaml().load(reader);
					if (document instanceof Map<?, ?> map && map.get(key) instanceof List<?> list) {
						total += list.size();
					}
				}
			}
			return total;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

package com.fintechkg.kg;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service's packages form no cycle: a package never depends, directly or through others, on a package that
 * depends on it (an import or a fully qualified name counts). Every package is {@code @NullMarked}.
 */
@Timeout(value = 1, unit = TimeUnit.MINUTES)
class PackageDependenciesTests {

	private static final Path SOURCES = Path.of("src/main/java/com/fintechkg/kg");

	private static final Pattern REFERENCE = Pattern.compile("com\\.fintechkg\\.kg\\.((?:[a-z]\\w*\\.)*)[A-Z]");

	@Test
	void noPackageDependsOnItselfThroughOthers() throws IOException {
		Map<String, Set<String>> dependencies = dependencies();

		assertThat(dependencies).as("packages found").hasSizeGreaterThan(10);
		assertThat(cycles(dependencies)).as("package cycles").isEmpty();
	}

	@Test
	void theCheckFindsACycleWhenThereIsOne() {
		Map<String, Set<String>> dependencies = Map.of("a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a"), "d",
				Set.of("a"));

		assertThat(cycles(dependencies)).containsExactly(new TreeSet<>(Set.of("a", "b", "c")));
	}

	@Test
	void everyPackageIsNullMarked() throws IOException {
		try (Stream<Path> directories = Files.walk(SOURCES)) {
			List<Path> packages = directories.filter(Files::isDirectory).toList();
			assertThat(packages).hasSizeGreaterThan(10).allSatisfy((directory) -> {
				Path info = directory.resolve("package-info.java");
				assertThat(info).as(directory + " has a package-info.java").exists();
				assertThat(Files.readString(info)).as(info.toString()).contains("@NullMarked");
			});
		}
	}

	/** Package (relative to the service's root package, "" for the root) to the packages its classes name. */
	private static Map<String, Set<String>> dependencies() throws IOException {
		Map<String, Set<String>> dependencies = new TreeMap<>();
		try (Stream<Path> files = Files.walk(SOURCES)) {
			for (Path file : files.filter((path) -> path.toString().endsWith(".java")).toList()) {
				String from = SOURCES.relativize(file.getParent()).toString().replace('/', '.');
				Set<String> targets = dependencies.computeIfAbsent(from, (key) -> new TreeSet<>());
				Matcher matcher = REFERENCE.matcher(Files.readString(file));
				while (matcher.find()) {
					String to = matcher.group(1).isEmpty() ? "" : matcher.group(1).substring(0, matcher.group(1).length() - 1);
					if (!to.equals(from)) {
						targets.add(to);
					}
				}
			}
		}
		return dependencies;
	}

	/** The strongly connected groups of more than one package (Tarjan's algorithm). */
	static List<Set<String>> cycles(Map<String, Set<String>> dependencies) {
		Tarjan tarjan = new Tarjan(dependencies);
		new TreeSet<>(dependencies.keySet()).forEach((node) -> {
			if (!tarjan.index.containsKey(node)) {
				tarjan.visit(node);
			}
		});
		return tarjan.components.stream().filter((component) -> component.size() > 1).toList();
	}

	private static final class Tarjan {

		final Map<String, Set<String>> edges;

		final Map<String, Integer> index = new HashMap<>();

		final Map<String, Integer> low = new HashMap<>();

		final List<String> stack = new ArrayList<>();

		final Set<String> onStack = new LinkedHashSet<>();

		final List<Set<String>> components = new ArrayList<>();

		Tarjan(Map<String, Set<String>> edges) {
			this.edges = edges;
		}

		void visit(String node) {
			this.index.put(node, this.index.size());
			this.low.put(node, this.index.get(node));
			this.stack.add(node);
			this.onStack.add(node);
			for (String next : this.edges.getOrDefault(node, Set.of())) {
				if (!this.index.containsKey(next)) {
					visit(next);
					this.low.put(node, Math.min(this.low.get(node), this.low.get(next)));
				}
				else if (this.onStack.contains(next)) {
					this.low.put(node, Math.min(this.low.get(node), this.index.get(next)));
				}
			}
			if (this.low.get(node).equals(this.index.get(node))) {
				Set<String> component = new TreeSet<>();
				String member;
				do {
					member = this.stack.removeLast();
					this.onStack.remove(member);
					component.add(member);
				}
				while (!member.equals(node));
				this.components.add(component);
			}
		}

	}

}

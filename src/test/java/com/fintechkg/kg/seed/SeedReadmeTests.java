package com.fintechkg.kg.seed;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import com.fintechkg.kg.seed.SeedModel.Seed;
import com.fintechkg.kg.vocabulary.Kind;
import com.fintechkg.kg.vocabulary.Vocabulary;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.FileSystemResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * graph-seed/README.md carries a table of counts per kind and per relationship type, generated from the seed.
 * This test fails when the table is stale; {@code -Dfintechkg.readme.update=true} rewrites it.
 */
class SeedReadmeTests {

	static final Path README = SeedFixture.BUNDLED.resolve("README.md");

	static final String BEGIN = "<!-- counts:begin -->";

	static final String END = "<!-- counts:end -->";

	@Test
	void shouldCarryTheCurrentCountsInTheReadme() throws IOException {
		Seed seed = SeedValidator.load(new FileSystemResource(SeedFixture.BUNDLED + "/"));
		String readme = Files.readString(README);
		String expected = replaceTable(readme, table(seed));
		if (Boolean.getBoolean("fintechkg.readme.update")) {
			Files.writeString(README, expected);
			readme = expected;
		}

		assertThat(readme).as("graph-seed/README.md counts are stale: rerun with -Dfintechkg.readme.update=true")
			.isEqualTo(expected);
	}

	static String table(Seed seed) {
		Map<Kind, Long> kinds = seed.entities().stream()
			.collect(Collectors.groupingBy(SeedModel.Entity::kind, () -> new TreeMap<>(), Collectors.counting()));
		Map<String, Long> types = seed.vocabulary().types().stream()
			.collect(Collectors.toMap(Vocabulary.RelationType::name, (type) -> 0L, Long::sum, TreeMap::new));
		seed.relations().forEach((relation) -> types.merge(relation.type(), 1L, Long::sum));
		StringBuilder text = new StringBuilder();
		text.append("Seed version ").append(seed.version()).append(": ").append(seed.entities().size())
			.append(" entities, ").append(seed.relations().size()).append(" relations, ")
			.append(seed.entities().stream().mapToLong((e) -> e.citations().size()).sum()
				+ seed.relations().stream().mapToLong((r) -> r.citations().size()).sum())
			.append(" citations; ")
			.append(seed.relations().stream().filter((r) -> r.citations().size() > 1).count())
			.append(" relations cite more than one passage.\n\n| kind | entities |\n|---|---:|\n");
		seed.vocabulary().kindList().stream()
			.forEach((kind) -> text.append("| ").append(kind).append(" | ").append(kinds.getOrDefault(kind, 0L)).append(" |\n"));
		text.append("\n| relationship type | relations |\n|---|---:|\n");
		types.forEach((type, count) -> text.append("| ").append(type).append(" | ").append(count).append(" |\n"));
		return text.toString();
	}

	static String replaceTable(String readme, String table) {
		int begin = readme.indexOf(BEGIN);
		int end = readme.indexOf(END);
		assertThat(begin).as("README has the %s marker", BEGIN).isNotNegative();
		assertThat(end).as("README has the %s marker", END).isGreaterThan(begin);
		return readme.substring(0, begin + BEGIN.length()) + "\n" + table + readme.substring(end);
	}


}

package com.fintechkg.kg.seed;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import com.fintechkg.kg.seed.SeedModel.Entity;
import com.fintechkg.kg.seed.SeedModel.Origin;
import com.fintechkg.kg.seed.SeedModel.Seed;
import com.fintechkg.kg.seed.SeedModel.Source;
import com.fintechkg.kg.stored.Citation;
import com.fintechkg.kg.vocabulary.Kind;
import com.fintechkg.kg.vocabulary.Vocabulary.KindDefinition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import org.springframework.core.io.FileSystemResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code nameZh} is the name as written in the text: every entity's Chinese name occurs verbatim (whitespace
 * ignored on both sides) in the text of a source it cites, and an official name the text does not use belongs in
 * {@code aliases}. The few names that cannot be taken from the text are listed, each with its reason, in
 * {@value #EXCEPTIONS}; an exception that has become verbatim (or names no entity) fails, so the list stays reviewed.
 * <p>
 * Kinds whose vocabulary gives {@code nameZh} another meaning ({@code nameZhDescription}, e.g. an indicator's "what
 * is measured, in Chinese") are out of scope: an indicator's {@code nameZh} is a description of the figure composed
 * from its subject, measure and period, not a name the text uses.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class NameZhVerbatimTests {

	static final String EXCEPTIONS = "seed/namezh-exceptions.yaml";

	static Seed seed;

	static Map<String, String> texts;

	static Map<String, String> exceptions;

	@BeforeAll
	static void load() throws IOException {
		seed = SeedValidator.load(new FileSystemResource(SeedFixture.BUNDLED + "/"));
		texts = new HashMap<>();
		for (Source source : seed.sources()) {
			if (source.file() != null) {
				texts.put(source.id(), BundledSeedTests.withoutWhitespace(
						Files.readString(SeedFixture.BUNDLED.resolve(source.file()), StandardCharsets.UTF_8)));
			}
		}
		exceptions = exceptions();
	}

	@Test
	void shouldWriteEveryNameZhAsTheTextDoesSaveTheReviewedExceptions() {
		assertThat(problems(seed, texts, exceptions)).isEmpty();
	}

	@Test
	void shouldGiveEveryExceptionAReason() {
		assertThat(exceptions).isNotEmpty().allSatisfy((id, reason) -> assertThat(reason).as(id).isNotBlank());
	}

	@Test
	void shouldReportANameTheTextDoesNotUseAndAStaleException() {
		Kind institution = Kind.of("Institution");
		List<Citation> cited = List.of(new Citation("paper", "1", "金融监管总局"));
		List<Entity> entities = List.of(entity("nfra", institution, "国家金融监督管理总局", cited),
				entity("pboc", institution, "人民 银行", List.of(new Citation("paper", "1", "人民银行"))),
				entity("figure", Kind.of("Indicator"), "2023年的规模", cited));
		Seed small = new Seed("1", "paper", "", List.of(), seed.vocabulary(), entities, List.of());
		Map<String, String> text = Map.of("paper", "金融监管总局和人民银行");

		assertThat(problems(small, text, Map.of())).containsExactly("nfra: nameZh '国家金融监督管理总局' does not occur "
				+ "verbatim in its sources (put the text's name in nameZh and the official one in aliases, or list an "
				+ "exception with its reason in " + EXCEPTIONS + ")");
		assertThat(problems(small, text, Map.of("nfra", "an official name", "pboc", "stale", "gone", "no entity",
				"figure", "out of scope"))).containsExactlyInAnyOrder(
						"pboc: listed in " + EXCEPTIONS + " but its nameZh '人民 银行' occurs verbatim: remove the exception",
						"gone: listed in " + EXCEPTIONS + " but no entity has this id",
						"figure: listed in " + EXCEPTIONS + " but Indicator names are not checked (nameZhDescription)");
	}

	/**
	 * What breaks the rule: an entity of a kind in scope whose {@code nameZh} is not verbatim in the texts of the
	 * sources it cites and is not an exception, and exceptions that name no entity, an entity out of scope or a
	 * {@code nameZh} that is verbatim.
	 */
	static List<String> problems(Seed seed, Map<String, String> texts, Map<String, String> exceptions) {
		Set<Kind> unchecked = seed.vocabulary()
			.kinds()
			.stream()
			.filter((kind) -> kind.nameZhDescription() != null)
			.map(KindDefinition::kind)
			.collect(Collectors.toSet());
		Map<String, Entity> byId = new LinkedHashMap<>();
		seed.entities().forEach((entity) -> byId.put(entity.id(), entity));
		List<String> problems = new ArrayList<>();
		for (Entity entity : seed.entities()) {
			if (!unchecked.contains(entity.kind()) && !verbatim(entity, texts)
					&& !exceptions.containsKey(entity.id())) {
				problems.add(entity.id() + ": nameZh '" + entity.nameZh() + "' does not occur verbatim in its sources "
						+ "(put the text's name in nameZh and the official one in aliases, or list an exception with its "
						+ "reason in " + EXCEPTIONS + ")");
			}
		}
		for (String id : exceptions.keySet()) {
			Entity entity = byId.get(id);
			if (entity == null) {
				problems.add(id + ": listed in " + EXCEPTIONS + " but no entity has this id");
			}
			else if (unchecked.contains(entity.kind())) {
				problems.add(id + ": listed in " + EXCEPTIONS + " but " + entity.kind()
						+ " names are not checked (nameZhDescription)");
			}
			else if (verbatim(entity, texts)) {
				problems.add(id + ": listed in " + EXCEPTIONS + " but its nameZh '" + entity.nameZh()
						+ "' occurs verbatim: remove the exception");
			}
		}
		return problems;
	}

	private static boolean verbatim(Entity entity, Map<String, String> texts) {
		String name = BundledSeedTests.withoutWhitespace(entity.nameZh());
		return entity.citations()
			.stream()
			.map(Citation::source)
			.distinct()
			.map((source) -> texts.getOrDefault(source, ""))
			.anyMatch((text) -> text.contains(name));
	}

	/** The reviewed exceptions: entity id to the reason its {@code nameZh} is not the text's. */
	private static Map<String, String> exceptions() throws IOException {
		try (InputStream in = NameZhVerbatimTests.class.getClassLoader().getResourceAsStream(EXCEPTIONS)) {
			assertThat(in).as(EXCEPTIONS).isNotNull();
			Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
			Map<String, String> exceptions = new LinkedHashMap<>();
			for (Object item : (List<?>) root.get("exceptions")) {
				Map<?, ?> entry = (Map<?, ?>) item;
				String id = String.valueOf(entry.get("id"));
				assertThat(exceptions.put(id, Objects.toString(entry.get("reason"), ""))).as("listed twice: " + id).isNull();
			}
			return exceptions;
		}
	}

	private static Entity entity(String id, Kind kind, String nameZh, List<Citation> citations) {
		return new Entity(id, kind, id, nameZh, List.of(), null, false, "d", citations, null, null, null, null,
				new Origin("test.yaml", 1));
	}

}

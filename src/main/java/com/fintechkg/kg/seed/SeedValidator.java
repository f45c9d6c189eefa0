package com.fintechkg.kg.seed;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fintechkg.kg.seed.SeedModel.Entity;
import com.fintechkg.kg.seed.SeedModel.Origin;
import com.fintechkg.kg.seed.SeedModel.Relation;
import com.fintechkg.kg.seed.SeedModel.Seed;
import com.fintechkg.kg.seed.SeedModel.Source;
import com.fintechkg.kg.stored.Citation;
import com.fintechkg.kg.stored.StoredEntity;
import com.fintechkg.kg.stored.StoredRelation;
import com.fintechkg.kg.vocabulary.Kind;
import com.fintechkg.kg.vocabulary.Vocabulary.KindDefinition;
import com.fintechkg.kg.vocabulary.Vocabulary.Property;
import com.fintechkg.kg.vocabulary.Vocabulary.RelationType;
import com.fintechkg.kg.vocabulary.Vocabulary;

import org.springframework.core.io.Resource;

/**
 * The rules a seed must meet before anything is written: unique ids and names, known kinds and relationship
 * types, existing relation ends of allowed kinds, and a citation on every record whose quote occurs verbatim
 * (whitespace ignored) in the cited document.
 */
public final class SeedValidator {

	/** Stable lowercase ids: {@code icbc}, {@code large-model}. */
	public static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	/** {@code 3.2.1} means chapter three, part two, item one; {@code 0} is the preface. */
	public static final Pattern SECTION = Pattern.compile("\\d+(\\.\\d+)*");

	/** {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}. */
	public static final Pattern DATE = Pattern.compile("\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?");

	/** The relationship type linking a member to a group the text names; its {@code to} must be a group. */
	public static final String ONE_OF = "ONE_OF";

	private static final Pattern TYPE_NAME = Pattern.compile("[A-Z][A-Z_]*");

	private static final Pattern WHITESPACE = Pattern.compile("\\s+");

	private final List<String> problems = new ArrayList<>();

	private final Map<String, String> sourceTexts;

	private SeedValidator(Map<String, String> sourceTexts) {
		this.sourceTexts = sourceTexts;
	}

	/** Reads and validates the seed at {@code location}. */
	public static Seed load(Resource location) {
		Seed seed = SeedReader.read(location);
		validate(seed, location);
		return seed;
	}

	/**
	 * Validates {@code seed}, whose source documents' {@code file}s resolve relative to {@code location}.
	 * @throws SeedException listing every problem
	 */
	public static void validate(Seed seed, Resource location) {
		List<String> problems = new ArrayList<>();
		Map<String, String> texts = readSourceTexts(seed, location, problems);
		SeedValidator validator = new SeedValidator(texts);
		validator.problems.addAll(problems);
		validator.check(seed);
		if (!validator.problems.isEmpty()) {
			throw new SeedException(location.getDescription(), validator.problems);
		}
	}

	/** Validates with the documents' texts given directly (source id to text); for curated writes. */
	public static List<String> problems(Seed seed, Map<String, String> sourceTexts) {
		Map<String, String> normalized = sourceTexts.entrySet().stream()
			.collect(Collectors.toMap(Map.Entry::getKey, (entry) -> normalize(entry.getValue())));
		SeedValidator validator = new SeedValidator(normalized);
		validator.check(seed);
		return validator.problems;
	}

	/** Removes all whitespace: quotes are compared to the source with whitespace ignored. */
	public static String normalize(String text) {
		return WHITESPACE.matcher(text).replaceAll("");
	}

	private void check(Seed seed) {
		Set<String> sourceIds = new HashSet<>();
		for (Source source : seed.sources()) {
			requireId(source.id(), source.origin(), "source");
			if (!sourceIds.add(source.id())) {
				problem(source.origin(), "duplicate source id '" + source.id() + "'");
			}
		}
		if (!seed.defaultSource().isEmpty() && !sourceIds.contains(seed.defaultSource())) {
			this.problems.add(SeedReader.MANIFEST + ": defaultSource '" + seed.defaultSource()
					+ "' is not a source in " + SeedReader.SOURCES);
		}
		Map<String, RelationType> vocabulary = new HashMap<>();
		for (RelationType type : seed.vocabulary().types()) {
			if (!TYPE_NAME.matcher(type.name()).matches()) {
				this.problems.add(SeedReader.VOCABULARY + ": type '" + type.name() + "' must be UPPER_SNAKE_CASE");
			}
			vocabulary.put(type.name(), type);
		}
		Map<String, Entity> entities = checkEntities(seed.entities(), sourceIds, seed.vocabulary());
		checkRelations(seed.relations(), entities, vocabulary, sourceIds);
		checkGroups(seed.relations(), entities);
	}

	/** A {@value #ONE_OF} relation links a member to a group: its {@code to} is an entity marked {@code group: true}. */
	private void checkGroups(List<Relation> relations, Map<String, Entity> entities) {
		for (Relation relation : relations) {
			Entity to = entities.get(relation.to());
			if (relation.type().equals(ONE_OF) && to != null && !to.group()) {
				problem(relation.origin(), "relation " + relation.id() + ": " + ONE_OF + " must end at a group, and '"
						+ to.id() + "' (" + to.origin() + ") is not marked `group: true`");
			}
		}
	}

	private Map<String, Entity> checkEntities(List<Entity> entities, Set<String> sourceIds, Vocabulary vocabulary) {
		Map<String, Entity> byId = new HashMap<>();
		Map<String, Entity> byName = new HashMap<>();
		for (Entity entity : entities) {
			requireId(entity.id(), entity.origin(), "entity");
			Entity previous = byId.putIfAbsent(entity.id(), entity);
			if (previous != null) {
				problem(entity.origin(), "duplicate id '" + entity.id() + "' (first defined at " + previous.origin() + ")");
			}
			Set<String> ownNames = new HashSet<>();
			for (String name : names(entity)) {
				String key = nameKey(name);
				if (!ownNames.add(key)) {
					continue;
				}
				Entity other = byName.putIfAbsent(key, entity);
				if (other != null && !other.id().equals(entity.id())) {
					problem(entity.origin(), "name or alias '" + name + "' of '" + entity.id() + "' is already used by '"
							+ other.id() + "' (" + other.origin() + "): one real thing must be one entity");
				}
			}
			if (entity.citations().isEmpty()) {
				problem(entity.origin(), "entity '" + entity.id() + "' has no citation (every entity cites its source)");
			}
			entity.citations().forEach((citation) -> checkCitation(citation, entity.origin(), sourceIds));
			checkFigures(entity, vocabulary);
		}
		return byId;
	}

	/**
	 * The properties only some kinds have (an indicator's value, unit and period, an event's date): each required one
	 * the kind declares is present, {@code value}, {@code period} and {@code date} appear only on kinds that declare
	 * them, and a date is a real day, month or year.
	 */
	private void checkFigures(Entity entity, Vocabulary vocabulary) {
		List<Property> declared = vocabulary.kind(entity.kind()).map(KindDefinition::properties).orElse(List.of());
		Map<String, Boolean> held = Map.of("value", entity.value() != null, "unit", entity.unit() != null, "period",
				entity.period() != null, "date", entity.date() != null);
		List<String> required = declared.stream().filter(Property::required).map(Property::name).toList();
		if (required.stream().anyMatch((name) -> !held.getOrDefault(name, false))) {
			problem(entity.origin(), entity.kind().inText() + " '" + entity.id() + "' needs " + inText(required));
		}
		Set<String> allowed = declared.stream().map(Property::name).collect(Collectors.toSet());
		if (Stream.of("value", "period").anyMatch((name) -> held.get(name) && !allowed.contains(name))) {
			problem(entity.origin(), "'" + entity.id() + "' is a " + entity.kind() + ": only " + holders(vocabulary, "value")
					+ " have `value` and `period`");
		}
		if (entity.date() != null && !allowed.contains("date")) {
			problem(entity.origin(), "'" + entity.id() + "' is a " + entity.kind() + ": only " + holders(vocabulary, "date")
					+ " have `date`");
		}
		else if (entity.date() != null && !isDate(entity.date())) {
			problem(entity.origin(), "date '" + entity.date() + "' of '" + entity.id()
					+ "' must be a real YYYY, YYYY-MM or YYYY-MM-DD");
		}
	}

	/** The plurals of the kinds declaring {@code property}, for messages: {@code indicators}, {@code events}. */
	private static String holders(Vocabulary vocabulary, String property) {
		List<String> holders = vocabulary.kinds()
			.stream()
			.filter((kind) -> kind.properties().stream().anyMatch((declared) -> declared.name().equals(property)))
			.map(KindDefinition::plural)
			.toList();
		return holders.isEmpty() ? "no kind" : String.join(" and ", holders);
	}

	/** True for {@code YYYY}, {@code YYYY-MM} or a day of the calendar {@code YYYY-MM-DD} (not 2023-02-30). */
	public static boolean isDate(String text) {
		if (!DATE.matcher(text).matches()) {
			return false;
		}
		try {
			if (text.length() == 10) {
				LocalDate.parse(text);
			}
			return true;
		}
		catch (DateTimeParseException ex) {
			return false;
		}
	}

	private static String inText(List<String> names) {
		List<String> quoted = names.stream().map((name) -> "`" + name + "`").toList();
		return (quoted.size() <= 1) ? String.join("", quoted)
				: String.join(", ", quoted.subList(0, quoted.size() - 1)) + " and " + quoted.getLast();
	}

	private void checkRelations(List<Relation> relations, Map<String, Entity> entities,
			Map<String, RelationType> vocabulary, Set<String> sourceIds) {
		Map<String, Origin> seen = new HashMap<>();
		for (Relation relation : relations) {
			Origin origin = relation.origin();
			RelationType type = vocabulary.get(relation.type());
			if (type == null) {
				problem(origin, "unknown relationship type '" + relation.type() + "' (the vocabulary in "
						+ SeedReader.VOCABULARY + " has " + String.join(", ", vocabulary.keySet().stream().sorted().toList())
						+ ")");
			}
			Entity from = end(relation.from(), "from", origin, entities);
			Entity to = end(relation.to(), "to", origin, entities);
			if (type != null && from != null && !type.from().contains(from.kind())) {
				problem(origin, relation.type() + " cannot start at " + from.kind() + " '" + from.id() + "' (allowed: "
						+ type.from() + ")");
			}
			if (type != null && to != null && !type.to().contains(to.kind())) {
				problem(origin, relation.type() + " cannot end at " + to.kind() + " '" + to.id() + "' (allowed: "
						+ type.to() + ")");
			}
			if (relation.from().equals(relation.to())) {
				problem(origin, "relation from '" + relation.from() + "' to itself");
			}
			Origin previous = seen.putIfAbsent(relation.id(), origin);
			if (previous != null) {
				problem(origin, "duplicate relation " + relation.id() + " (first at " + previous + "): one relation per "
						+ "(from, type, to); add this passage to the `citations` of the first instead");
			}
			if (relation.date() != null && !DATE.matcher(relation.date()).matches()) {
				problem(origin, "date '" + relation.date() + "' must be YYYY, YYYY-MM or YYYY-MM-DD");
			}
			if (relation.unit() != null && relation.value() == null) {
				problem(origin, "`unit` without `value`");
			}
			if (relation.role() != null) {
				if (type != null && !type.allows(StoredRelation.ROLE)) {
					problem(origin, "`role` is not a fact of " + relation.type() + " (only types whose entry in "
							+ SeedReader.VOCABULARY + " declares `facts: [role]` carry it)");
				}
				if (!ID.matcher(relation.role()).matches()) {
					problem(origin, "role '" + relation.role() + "' must be lowercase words joined by '-' (early-mover)");
				}
			}
			if (relation.citations().isEmpty()) {
				problem(origin, "relation " + relation.id() + " has no citation (every relation cites its source)");
			}
			Set<List<String>> cited = new HashSet<>();
			for (Citation citation : relation.citations()) {
				if (!cited.add(List.of(citation.source(), citation.section(), normalize(citation.quote())))) {
					problem(origin, "duplicate citation in relation " + relation.id() + ": section " + citation.section()
							+ ", " + abbreviate(citation.quote()));
				}
				checkCitation(citation, origin, sourceIds);
			}
		}
	}

	private Entity end(String id, String role, Origin origin, Map<String, Entity> entities) {
		Entity entity = entities.get(id);
		if (entity == null && !id.isEmpty()) {
			problem(origin, "dangling relationship end: `" + role + "` '" + id + "' is not an entity of the seed");
		}
		return entity;
	}

	private void checkCitation(Citation citation, Origin origin, Set<String> sourceIds) {
		if (!sourceIds.contains(citation.source())) {
			problem(origin, "citation source '" + citation.source() + "' is not in " + SeedReader.SOURCES);
			return;
		}
		if (!citation.section().isEmpty() && !SECTION.matcher(citation.section()).matches()) {
			problem(origin, "section '" + citation.section() + "' must look like 3.2.1");
		}
		String text = this.sourceTexts.get(citation.source());
		String quote = normalize(citation.quote());
		if (text != null && !quote.isEmpty() && !text.contains(quote)) {
			problem(origin, "quote does not occur verbatim in source '" + citation.source() + "': "
					+ abbreviate(citation.quote()));
		}
	}

	private void requireId(String id, Origin origin, String what) {
		if (!id.isEmpty() && !ID.matcher(id).matches()) {
			problem(origin, what + " id '" + id + "' must be lowercase letters and digits joined by '-'");
		}
	}

	private void problem(Origin origin, String message) {
		this.problems.add(origin + ": " + message);
	}

	private static List<String> names(Entity entity) {
		List<String> names = new ArrayList<>();
		names.add(entity.name());
		names.add(entity.nameZh());
		names.addAll(entity.aliases());
		names.removeIf(String::isBlank);
		return names;
	}

	/** Names compare as {@link StoredEntity#nameKey} says: case-insensitively and ignoring whitespace. */
	static String nameKey(String name) {
		return StoredEntity.nameKey(name);
	}

	private static String abbreviate(String text) {
		return (text.length() <= 80) ? text : text.substring(0, 77) + "...";
	}

	/**
	 * The texts of the seed's source documents, whitespace removed (as quotes are compared), by source id.
	 * @throws SeedException when a source file cannot be read
	 */
	public static Map<String, String> sourceTexts(Seed seed, Resource location) {
		List<String> problems = new ArrayList<>();
		Map<String, String> texts = readSourceTexts(seed, location, problems);
		if (!problems.isEmpty()) {
			throw new SeedException(location.getDescription(), problems);
		}
		return texts;
	}

	private static Map<String, String> readSourceTexts(Seed seed, Resource location, List<String> problems) {
		Map<String, String> texts = new HashMap<>();
		for (Source source : seed.sources()) {
			if (source.file() == null) {
				continue;
			}
			try {
				Resource file = location.createRelative(source.file());
				try (InputStream in = file.getInputStream()) {
					texts.put(source.id(), normalize(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
				}
			}
			catch (IOException ex) {
				problems.add(source.origin() + ": source file '" + source.file() + "' cannot be read: " + ex.getMessage());
			}
		}
		return texts;
	}


}

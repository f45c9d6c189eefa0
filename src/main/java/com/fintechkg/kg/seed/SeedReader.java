package com.fintechkg.kg.seed;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import com.fintechkg.kg.seed.SeedModel.Entity;
import com.fintechkg.kg.seed.SeedModel.Origin;
import com.fintechkg.kg.seed.SeedModel.Relation;
import com.fintechkg.kg.seed.SeedModel.Seed;
import com.fintechkg.kg.seed.SeedModel.Source;
import com.fintechkg.kg.stored.Citation;
import com.fintechkg.kg.vocabulary.Kind;
import com.fintechkg.kg.vocabulary.Vocabulary.KindDefinition;
import com.fintechkg.kg.vocabulary.Vocabulary.Property;
import com.fintechkg.kg.vocabulary.Vocabulary.RelationField;
import com.fintechkg.kg.vocabulary.Vocabulary.RelationType;
import com.fintechkg.kg.vocabulary.Vocabulary.Style;
import com.fintechkg.kg.vocabulary.Vocabulary;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import org.springframework.core.io.Resource;

/**
 * Reads a seed directory (see graph-seed/README.md) into {@link Seed} records. It checks the shape of
 * every file (YAML syntax, required and unknown keys, types) and names the file and line of each problem;
 * the rules that span records are {@link SeedValidator}'s.
 */
public final class SeedReader {

	public static final String MANIFEST = "seed.yaml";

	public static final String SOURCES = "sources.yaml";

	public static final String VOCABULARY = "vocabulary.yaml";

	public static final String RELATIONS = "relations.yaml";

	private static final Set<String> KIND_KEYS = Set.of("plural", "file", "zh", "description", "summary", "example",
			"categories", "nameDescription", "nameZhDescription", "properties", "style", "fields");

	private static final Set<String> ENTITY_KEYS = Set.of("id", "name", "nameZh", "aliases", "category", "group",
			"description", "citations", "value", "unit", "period", "date");

	private static final Set<String> RELATION_KEYS = Set.of("from", "type", "to", "date", "section", "quote", "source",
			"citations", "value", "unit", "role");

	private static final Set<String> CITATION_KEYS = Set.of("source", "section", "quote");

	private static final Set<String> SOURCE_KEYS = Set.of("id", "title", "titleEn", "publisher", "date", "language",
			"file");

	private final List<String> problems = new ArrayList<>();

	private final MessageDigest digest = sha256();

	private String defaultSource = "";

	private SeedReader() {
	}

	/**
	 * Reads the seed at {@code location}, a directory resource (its files are resolved relative to it).
	 * @throws SeedException listing every problem found, when any file is missing or malformed
	 */
	public static Seed read(Resource location) {
		return new SeedReader().readAll(location);
	}

	/**
	 * Reads only the vocabulary of the seed at {@code location}.
	 * @throws SeedException listing every problem found in it
	 */
	public static Vocabulary readVocabularyOf(Resource location) {
		SeedReader reader = new SeedReader();
		Vocabulary vocabulary = reader.readVocabulary(location);
		if (!reader.problems.isEmpty()) {
			throw new SeedException(describe(location), reader.problems);
		}
		return vocabulary;
	}

	/**
	 * The checksum {@link #read} gives the seed at {@code location}, from the bytes of its files alone (the same
	 * files in the same order; {@code vocabulary} names the kinds' files), so that a start-up can tell whether the
	 * database already holds this seed without reading and validating it. A file that cannot be read gives a
	 * checksum no load records.
	 */
	public static String checksumOf(Resource location, Vocabulary vocabulary) {
		List<String> files = new ArrayList<>(List.of(MANIFEST, SOURCES, VOCABULARY));
		vocabulary.kinds().forEach((kind) -> files.add(kind.file()));
		files.add(RELATIONS);
		MessageDigest digest = sha256();
		for (String file : files) {
			try {
				Resource resource = location.createRelative(file);
				if (!resource.exists()) {
					continue;
				}
				try (InputStream in = resource.getInputStream()) {
					digest.update(file.getBytes(StandardCharsets.UTF_8));
					digest.update(in.readAllBytes());
				}
			}
			catch (IOException ex) {
				return "unreadable";
			}
		}
		return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
	}

	private Seed readAll(Resource location) {
		Node manifest = parse(location, MANIFEST, true);
		String version = "";
		if (manifest != null) {
			Map<String, Node> fields = mapping(manifest, MANIFEST, Set.of("version", "defaultSource"));
			version = requiredText(fields, "version", MANIFEST, manifest);
			this.defaultSource = requiredText(fields, "defaultSource", MANIFEST, manifest);
		}
		List<Source> sources = readSources(location);
		Vocabulary vocabulary = readVocabulary(location);
		List<Entity> entities = new ArrayList<>();
		for (KindDefinition kind : vocabulary.kinds()) {
			entities.addAll(readEntities(location, kind.kind(), kind.file(), vocabulary));
		}
		List<Relation> relations = readRelations(location);
		if (!this.problems.isEmpty()) {
			throw new SeedException(describe(location), this.problems);
		}
		String checksum = HexFormat.of().formatHex(this.digest.digest()).substring(0, 16);
		return new Seed(version, this.defaultSource, checksum, sources, vocabulary, entities, relations);
	}

	private List<Source> readSources(Resource location) {
		List<Source> sources = new ArrayList<>();
		for (Node item : items(parse(location, SOURCES, true), SOURCES, "sources")) {
			Map<String, Node> fields = mapping(item, SOURCES, SOURCE_KEYS);
			sources.add(new Source(requiredText(fields, "id", SOURCES, item), requiredText(fields, "title", SOURCES, item),
					text(fields, "titleEn", SOURCES), requiredText(fields, "publisher", SOURCES, item),
					text(fields, "date", SOURCES), text(fields, "language", SOURCES), text(fields, "file", SOURCES),
					origin(SOURCES, item)));
		}
		return sources;
	}

	private Vocabulary readVocabulary(Resource location) {
		Node root = parse(location, VOCABULARY, true);
		if (root == null) {
			return new Vocabulary(List.of(), List.of());
		}
		Map<String, Node> top = mapping(root, VOCABULARY, Set.of("kinds", "types"));
		List<KindDefinition> kinds = new ArrayList<>();
		for (NodeTuple tuple : entries(top.get("kinds"), root, "kinds", "kind to its definition")) {
			kindDefinition(tuple).ifPresent(kinds::add);
		}
		Set<Kind> known = new HashSet<>();
		kinds.forEach((definition) -> known.add(definition.kind()));
		List<RelationType> types = new ArrayList<>();
		for (NodeTuple tuple : entries(top.get("types"), root, "types", "relationship type to its definition")) {
			String name = scalar(tuple.getKeyNode());
			if (!name.matches("[A-Z][A-Z_]*")) {
				problem(VOCABULARY, tuple.getKeyNode(), "a relationship type is written UPPER_SNAKE_CASE, not '" + name + "'");
			}
			Map<String, Node> fields = mapping(tuple.getValueNode(), VOCABULARY, Set.of("from", "to", "description", "facts"));
			List<String> facts = textList(fields.get("facts"), VOCABULARY);
			facts.stream().filter((fact) -> !RelationType.FACTS.contains(fact)).forEach((fact) -> problem(VOCABULARY,
					fields.get("facts"), "unknown relation fact '" + fact + "' (a type may declare " + RelationType.FACTS + ")"));
			types.add(new RelationType(name, kinds(fields.get("from"), tuple.getValueNode(), known),
					kinds(fields.get("to"), tuple.getValueNode(), known),
					requiredText(fields, "description", VOCABULARY, tuple.getValueNode()), facts));
		}
		Vocabulary vocabulary = new Vocabulary(kinds, types);
		if (this.problems.isEmpty()) {
			vocabulary.problems().forEach((problem) -> this.problems.add(VOCABULARY + ": " + problem));
		}
		return vocabulary;
	}

	private List<NodeTuple> entries(@Nullable Node node, Node owner, String key, String what) {
		if (!(node instanceof MappingNode map)) {
			problem(VOCABULARY, (node != null) ? node : owner, "expected a mapping `" + key + ":` of " + what);
			return List.of();
		}
		return map.getValue();
	}

	private Optional<KindDefinition> kindDefinition(NodeTuple tuple) {
		String name = scalar(tuple.getKeyNode());
		if (!Kind.isName(name)) {
			problem(VOCABULARY, tuple.getKeyNode(), "a kind's name is PascalCase (e.g. Institution), not '" + name + "'");
			return Optional.empty();
		}
		Node node = tuple.getValueNode();
		Map<String, Node> fields = mapping(node, VOCABULARY, KIND_KEYS);
		List<Property> properties = new ArrayList<>();
		for (NodeTuple property : optionalEntries(fields.get("properties"), "properties")) {
			Map<String, Node> definition = mapping(property.getValueNode(), VOCABULARY, Set.of("type", "description"));
			properties.add(new Property(scalar(property.getKeyNode()),
					requiredText(definition, "type", VOCABULARY, property.getValueNode()),
					requiredText(definition, "description", VOCABULARY, property.getValueNode())));
		}
		Node styleNode = fields.get("style");
		Style style = new Style("#A5ABB6", "#9AA1AC", "#FFFFFF", 50, "ellipse");
		if (styleNode == null) {
			problem(VOCABULARY, node, "missing required `style` of kind " + name);
		}
		else {
			Map<String, Node> look = mapping(styleNode, VOCABULARY, Set.of("color", "border", "text", "diameter", "shape"));
			Double diameter = number(look, "diameter", VOCABULARY);
			style = new Style(color(look, "color", styleNode), color(look, "border", styleNode),
					color(look, "text", styleNode), (diameter != null) ? diameter.intValue() : 50,
					requiredText(look, "shape", VOCABULARY, styleNode));
		}
		List<RelationField> relationFields = new ArrayList<>();
		for (NodeTuple field : optionalEntries(fields.get("fields"), "fields")) {
			Map<String, Node> definition = mapping(field.getValueNode(), VOCABULARY,
					Set.of("types", "direction", "of", "description"));
			String of = requiredText(definition, "of", VOCABULARY, field.getValueNode());
			boolean anyKind = "Entity".equals(of) || !Kind.isName(of);
			if (!"Entity".equals(of) && !Kind.isName(of)) {
				problem(VOCABULARY, definition.get("of"), "`of` names a kind or Entity, not '" + of + "'");
			}
			relationFields.add(new RelationField(scalar(field.getKeyNode()), textList(definition.get("types"), VOCABULARY),
					requiredText(definition, "direction", VOCABULARY, field.getValueNode()), anyKind ? null : Kind.of(of),
					requiredText(definition, "description", VOCABULARY, field.getValueNode())));
		}
		return Optional.of(new KindDefinition(Kind.of(name), requiredText(fields, "plural", VOCABULARY, node),
				requiredText(fields, "file", VOCABULARY, node), requiredText(fields, "zh", VOCABULARY, node),
				requiredText(fields, "description", VOCABULARY, node), requiredText(fields, "summary", VOCABULARY, node),
				requiredText(fields, "example", VOCABULARY, node), text(fields, "categories", VOCABULARY),
				text(fields, "nameDescription", VOCABULARY), text(fields, "nameZhDescription", VOCABULARY), properties,
				style, relationFields));
	}

	private List<NodeTuple> optionalEntries(@Nullable Node node, String key) {
		if (node == null) {
			return List.of();
		}
		if (!(node instanceof MappingNode map)) {
			problem(VOCABULARY, node, "`" + key + "` must be a mapping of name to definition");
			return List.of();
		}
		return map.getValue();
	}

	private String color(Map<String, Node> fields, String key, Node owner) {
		String value = requiredText(fields, key, VOCABULARY, owner);
		if (!value.isEmpty() && !value.matches("#[0-9A-Fa-f]{6}")) {
			problem(VOCABULARY, fields.get(key), "`" + key + "` is a colour #RRGGBB, not '" + value + "'");
		}
		return value;
	}

	private List<Kind> kinds(@Nullable Node node, Node owner, Set<Kind> known) {
		List<Kind> kinds = new ArrayList<>();
		for (String text : textList(node, VOCABULARY)) {
			if (Kind.isName(text) && known.contains(Kind.of(text))) {
				kinds.add(Kind.of(text));
			}
			else {
				problem(VOCABULARY, (node != null) ? node : owner, "unknown kind '" + text + "' (the vocabulary's kinds: "
						+ known.stream().map(Kind::name).sorted().collect(java.util.stream.Collectors.joining(", ")) + ")");
			}
		}
		if (kinds.isEmpty()) {
			problem(VOCABULARY, owner, "each type needs `from` and `to` kinds");
		}
		return kinds;
	}

	private List<Entity> readEntities(Resource location, Kind expected, String file, Vocabulary vocabulary) {
		List<Entity> entities = new ArrayList<>();
		Node root = parse(location, file, true);
		if (root == null) {
			return entities;
		}
		Map<String, Node> top = mapping(root, file, Set.of("kind", "entities"));
		String kindText = requiredText(top, "kind", file, root);
		if (!kindText.isEmpty() && (!Kind.isName(kindText) || vocabulary.kindNamed(kindText).isEmpty())) {
			problem(file, top.get("kind"), "unknown kind '" + kindText + "' (expected one of " + vocabulary.kindNames()
					+ ")");
			return entities;
		}
		if (!kindText.isEmpty() && !kindText.equals(expected.name())) {
			problem(file, top.get("kind"), "kind '" + kindText + "' does not match the file, which holds " + expected);
			return entities;
		}
		for (Node item : items(root, file, "entities")) {
			Map<String, Node> fields = mapping(item, file, ENTITY_KEYS);
			entities.add(new Entity(requiredText(fields, "id", file, item), expected,
					requiredText(fields, "name", file, item), requiredText(fields, "nameZh", file, item),
					textList(fields.get("aliases"), file), text(fields, "category", file), flag(fields, "group", file),
					requiredText(fields, "description", file, item), citations(fields.get("citations"), file),
					number(fields, "value", file), text(fields, "unit", file), text(fields, "period", file),
					text(fields, "date", file), origin(file, item)));
		}
		return entities;
	}

	private List<Citation> citations(@Nullable Node node, String file) {
		List<Citation> citations = new ArrayList<>();
		if (node == null) {
			return citations;
		}
		if (!(node instanceof SequenceNode sequence)) {
			problem(file, node, "`citations` must be a list of {section, quote}");
			return citations;
		}
		for (Node item : sequence.getValue()) {
			Map<String, Node> fields = mapping(item, file, CITATION_KEYS);
			String source = text(fields, "source", file);
			citations.add(new Citation(source != null ? source : this.defaultSource,
					requiredText(fields, "section", file, item), requiredText(fields, "quote", file, item)));
		}
		return citations;
	}

	private List<Relation> readRelations(Resource location) {
		List<Relation> relations = new ArrayList<>();
		for (Node item : items(parse(location, RELATIONS, true), RELATIONS, "relations")) {
			Map<String, Node> fields = mapping(item, RELATIONS, RELATION_KEYS);
			relations.add(new Relation(requiredText(fields, "from", RELATIONS, item),
					requiredText(fields, "type", RELATIONS, item), requiredText(fields, "to", RELATIONS, item),
					text(fields, "date", RELATIONS), relationCitations(fields, item), number(fields, "value", RELATIONS),
					text(fields, "unit", RELATIONS), text(fields, "role", RELATIONS), origin(RELATIONS, item)));
		}
		return relations;
	}

	/**
	 * A relation's citations: its {@code citations} list, or the shorthand of one citation in top-level
	 * {@code section}, {@code quote} and optional {@code source}; never both.
	 */
	private List<Citation> relationCitations(Map<String, Node> fields, Node item) {
		if (fields.containsKey("citations")) {
			List<String> shorthand = Stream.of("source", "section", "quote").filter(fields::containsKey).toList();
			if (!shorthand.isEmpty()) {
				problem(RELATIONS, fields.get(shorthand.getFirst()), "a relation has either `citations` or the one-citation "
						+ "shorthand `section`/`quote`, not both (move " + String.join(", ", shorthand) + " into `citations`)");
			}
			List<Citation> citations = citations(fields.get("citations"), RELATIONS);
			if (citations.isEmpty() && fields.get("citations") instanceof SequenceNode) {
				problem(RELATIONS, fields.get("citations"), "`citations` must list at least one {section, quote}");
			}
			return citations;
		}
		String source = text(fields, "source", RELATIONS);
		return List.of(new Citation(source != null ? source : this.defaultSource,
				requiredText(fields, "section", RELATIONS, item), requiredText(fields, "quote", RELATIONS, item)));
	}

	// --- YAML plumbing -------------------------------------------------------------------------

	private @Nullable Node parse(Resource location, String file, boolean required) {
		Resource resource;
		try {
			resource = location.createRelative(file);
		}
		catch (IOException ex) {
			this.problems.add(file + ": cannot be resolved (" + ex.getMessage() + ")");
			return null;
		}
		if (!resource.exists()) {
			if (required) {
				this.problems.add(file + ": missing");
			}
			return null;
		}
		byte[] bytes;
		try (InputStream in = resource.getInputStream()) {
			bytes = in.readAllBytes();
		}
		catch (IOException ex) {
			this.problems.add(file + ": cannot be read (" + ex.getMessage() + ")");
			return null;
		}
		this.digest.update(file.getBytes(StandardCharsets.UTF_8));
		this.digest.update(bytes);
		LoaderOptions options = new LoaderOptions();
		options.setAllowDuplicateKeys(false);
		options.setMaxAliasesForCollections(20);
		options.setCodePointLimit(16 * 1024 * 1024);
		try (Reader reader = new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
			Node node = new Yaml(new SafeConstructor(options)).compose(reader);
			if (node == null) {
				this.problems.add(file + ": empty file");
			}
			else {
				duplicateKeys(file, node, Collections.newSetFromMap(new IdentityHashMap<>()));
			}
			return node;
		}
		catch (MarkedYAMLException ex) {
			int line = (ex.getProblemMark() != null) ? ex.getProblemMark().getLine() + 1 : 0;
			this.problems.add(file + ":" + line + ": malformed YAML: " + oneLine(ex.getProblem()));
			return null;
		}
		catch (YAMLException | IOException ex) {
			this.problems.add(file + ": malformed YAML: " + oneLine(ex.getMessage()));
			return null;
		}
	}

	/** Reports a key given twice in one mapping (composing keeps both; only constructing objects would refuse it). */
	private void duplicateKeys(String file, Node node, Set<Node> visited) {
		if (!visited.add(node)) {
			return;
		}
		if (node instanceof MappingNode map) {
			Set<String> keys = new HashSet<>();
			for (NodeTuple tuple : map.getValue()) {
				String key = scalar(tuple.getKeyNode());
				if (!keys.add(key)) {
					problem(file, tuple.getKeyNode(), "duplicate key '" + key + "'");
				}
				duplicateKeys(file, tuple.getValueNode(), visited);
			}
		}
		else if (node instanceof SequenceNode sequence) {
			sequence.getValue().forEach((item) -> duplicateKeys(file, item, visited));
		}
	}

	private List<Node> items(@Nullable Node root, String file, String key) {
		if (root == null) {
			return List.of();
		}
		Node node = (root instanceof MappingNode) ? mapping(root, file, null).get(key) : null;
		if (node == null) {
			problem(file, root, "missing list `" + key + ":`");
			return List.of();
		}
		if (!(node instanceof SequenceNode sequence)) {
			problem(file, node, "`" + key + "` must be a list");
			return List.of();
		}
		return sequence.getValue();
	}

	/** The keys of a mapping node; reports keys outside {@code allowed} (null: any key). */
	private Map<String, Node> mapping(Node node, String file, @Nullable Set<String> allowed) {
		Map<String, Node> fields = new LinkedHashMap<>();
		if (!(node instanceof MappingNode map)) {
			problem(file, node, "expected a mapping (key: value), found " + describe(node));
			return fields;
		}
		for (NodeTuple tuple : map.getValue()) {
			String key = scalar(tuple.getKeyNode());
			if (allowed != null && !allowed.contains(key)) {
				problem(file, tuple.getKeyNode(), "unknown key '" + key + "' (allowed: " + String.join(", ",
						allowed.stream().sorted().toList()) + ")");
			}
			fields.put(key, tuple.getValueNode());
		}
		return fields;
	}

	private String requiredText(Map<String, Node> fields, String key, String file, Node owner) {
		String value = text(fields, key, file);
		if (value == null || value.isBlank()) {
			problem(file, owner, "missing required `" + key + "`" + recordName(fields, file));
			return "";
		}
		return value;
	}

	private @Nullable String text(Map<String, Node> fields, String key, String file) {
		Node node = fields.get(key);
		if (node == null) {
			return null;
		}
		if (!(node instanceof ScalarNode scalar)) {
			problem(file, node, "`" + key + "` must be a single value, found " + describe(node));
			return null;
		}
		String value = scalar.getValue();
		return Tag.NULL.equals(scalar.getTag()) ? null : value.strip();
	}

	private @Nullable Double number(Map<String, Node> fields, String key, String file) {
		String text = text(fields, key, file);
		if (text == null) {
			return null;
		}
		try {
			double value = Double.parseDouble(text);
			if (!Double.isFinite(value)) {
				throw new NumberFormatException();
			}
			return value;
		}
		catch (NumberFormatException ex) {
			problem(file, fields.get(key), "`" + key + "` must be a number, found '" + text + "'");
			return null;
		}
	}

	/** An optional {@code true}/{@code false}; absent is false. */
	private boolean flag(Map<String, Node> fields, String key, String file) {
		String text = text(fields, key, file);
		if (text == null) {
			return false;
		}
		if (!text.equals("true") && !text.equals("false")) {
			problem(file, fields.get(key), "`" + key + "` must be true or false, found '" + text + "'");
			return false;
		}
		return Boolean.parseBoolean(text);
	}

	private List<String> textList(@Nullable Node node, String file) {
		if (node == null) {
			return List.of();
		}
		if (!(node instanceof SequenceNode sequence)) {
			problem(file, node, "expected a list, found " + describe(node));
			return List.of();
		}
		List<String> values = new ArrayList<>();
		for (Node item : sequence.getValue()) {
			if (item instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
				values.add(scalar.getValue().strip());
			}
			else {
				problem(file, item, "list items must be non-empty text");
			}
		}
		return values;
	}

	private String recordName(Map<String, Node> fields, String file) {
		String id = fields.get("id") instanceof ScalarNode scalar ? scalar.getValue() : null;
		return (id != null) ? " in record '" + id + "'" : "";
	}

	private void problem(String file, @Nullable Node node, String message) {
		this.problems.add(((node != null) ? origin(file, node).toString() : file) + ": " + message);
	}

	private static String scalar(Node node) {
		return (node instanceof ScalarNode scalar) ? scalar.getValue() : String.valueOf(node);
	}

	private static Origin origin(String file, Node node) {
		return new Origin(file, node.getStartMark().getLine() + 1);
	}

	private static String describe(Node node) {
		return switch (node) {
			case MappingNode ignored -> "a mapping";
			case SequenceNode ignored -> "a list";
			case ScalarNode scalar -> "'" + scalar.getValue() + "'";
			default -> node.getNodeId().name();
		};
	}

	private static String describe(Resource location) {
		try {
			return location.getURI().toString();
		}
		catch (IOException ex) {
			return location.getDescription();
		}
	}

	private static String oneLine(@Nullable String text) {
		return (text != null) ? text.replaceAll("\\s+", " ").strip() : "unknown problem";
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}

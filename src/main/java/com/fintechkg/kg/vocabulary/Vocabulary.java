package com.fintechkg.kg.vocabulary;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * The vocabulary of the graph, as read from {@code graph-seed/vocabulary.yaml}: its kinds in order, each with its
 * seed file, text for the schema, drawing style and typed relation fields, and its relationship types with the kinds
 * allowed at each end.
 */
public record Vocabulary(List<KindDefinition> kinds, List<RelationType> types) {

	public Vocabulary {
		kinds = List.copyOf(kinds);
		types = List.copyOf(types);
	}

	/** The kinds, in the vocabulary's order. */
	public List<Kind> kindList() {
		return this.kinds.stream().map(KindDefinition::kind).toList();
	}

	public Optional<KindDefinition> kind(Kind kind) {
		return this.kinds.stream().filter((definition) -> definition.kind().equals(kind)).findFirst();
	}

	/** The kind named {@code name}, if the vocabulary has one. */
	public Optional<Kind> kindNamed(String name) {
		return this.kinds.stream().map(KindDefinition::kind).filter((kind) -> kind.name().equals(name)).findFirst();
	}

	public Optional<RelationType> type(String name) {
		return this.types.stream().filter((type) -> type.name().equals(name)).findFirst();
	}

	public Set<String> typeNames() {
		return this.types.stream().map(RelationType::name).collect(Collectors.toUnmodifiableSet());
	}

	/** Names of the kinds, for messages: {@code Institution, Technology, ...}. */
	public String kindNames() {
		return this.kinds.stream().map((definition) -> definition.kind().name()).collect(Collectors.joining(", "));
	}

	/** Fields every entity has (and so no kind may declare), besides {@code <field>Connection} forms. */
	public static final Set<String> ENTITY_FIELDS = Set.of("id", "kind", "name", "nameZh", "aliases", "category",
			"group", "description", "citations", "version", "provenance", "relations");

	/**
	 * The properties the stored shape of an entity holds besides the common ones: a figure's value, unit and period,
	 * an event's date.
	 */
	public static final Map<String, String> KIND_PROPERTIES = Map.of("value", "Float", "unit", "String", "period",
			"String", "date", "String");

	/**
	 * What is inconsistent in this vocabulary: a relation field following a type the vocabulary lacks (it would answer
	 * empty lists), or a type that cannot link the field's kind to its target in its direction, a kind a type or field
	 * names that is not declared, field names that clash, and seed files or plurals used twice. Empty when none.
	 */
	public List<String> problems() {
		List<String> problems = new ArrayList<>();
		if (this.kinds.isEmpty()) {
			problems.add("declares no kinds");
		}
		Set<Kind> known = new HashSet<>(kindList());
		Set<String> files = new HashSet<>();
		Set<String> plurals = new HashSet<>();
		for (KindDefinition definition : this.kinds) {
			String kind = "kind " + definition.kind().name();
			if (!files.add(definition.file())) {
				problems.add(kind + ": seed file '" + definition.file() + "' is used by another kind");
			}
			if (!plurals.add(definition.plural())) {
				problems.add(kind + ": plural '" + definition.plural() + "' is used by another kind");
			}
			if (!definition.plural().matches("[a-z][a-z0-9]*(?: [a-z][a-z0-9]*)*")) {
				problems.add(kind + ": plural '" + definition.plural() + "' is lower-case words");
			}
			Set<String> names = new HashSet<>(ENTITY_FIELDS);
			for (Property property : definition.properties()) {
				String expected = KIND_PROPERTIES.get(property.name());
				if (expected == null || !property.type().replace("!", "").equals(expected)) {
					problems.add(kind + ": property '" + property.name() + ": " + property.type()
							+ "' is not one the stored shape holds (" + KIND_PROPERTIES + ")");
				}
				if (!names.add(property.name())) {
					problems.add(kind + ": property '" + property.name() + "' clashes with another field");
				}
			}
			for (RelationField field : definition.fields()) {
				String where = kind + ", field " + field.name();
				if (!field.name().matches("[a-z][A-Za-z0-9]*")) {
					problems.add(where + ": a field name is lowerCamelCase");
				}
				if (!names.add(field.name()) || !names.add(field.name() + "Connection")) {
					problems.add(where + ": clashes with another field of the kind");
				}
				if (!RelationField.DIRECTIONS.contains(field.direction())) {
					problems.add(where + ": direction is OUTGOING, INCOMING or BOTH, not '" + field.direction() + "'");
				}
				if (field.of() != null && !known.contains(field.of())) {
					problems.add(where + ": `of` names kind '" + field.of() + "', which the vocabulary does not declare");
				}
				if (field.types().isEmpty()) {
					problems.add(where + ": follows no types");
				}
				for (String name : field.types()) {
					Optional<RelationType> type = type(name);
					if (type.isEmpty()) {
						problems.add(where + ": follows type '" + name + "', which the vocabulary does not declare");
					}
					else if (!type.get().links(definition.kind(), field.direction(), field.of())) {
						problems.add(where + ": type " + name + " cannot link " + definition.kind() + " "
								+ field.direction().toLowerCase(Locale.ROOT) + " to "
								+ ((field.of() != null) ? field.of() : "any kind"));
					}
				}
			}
		}
		return problems;
	}

	/**
	 * One kind of entity.
	 *
	 * @param kind the kind
	 * @param plural its plural in running text and the name of its root list field, e.g. {@code technologies}
	 * @param file the seed file holding its entities, e.g. {@code technologies.yaml}
	 * @param zh its name in Chinese, for legends
	 * @param description what an entity of this kind is (the GraphQL type's description)
	 * @param summary what the kinds' entities are, as a list (the {@code EntityKind} value's description)
	 * @param example an id of the bundled seed, for the schema's descriptions
	 * @param categories examples of its categories, when it has some, e.g. {@code `bank`, `regulator`}
	 * @param nameDescription what {@code name} holds, when not the customary English name
	 * @param nameZhDescription what {@code nameZh} holds, when not the name as written in the whitepaper
	 * @param properties properties of this kind only, e.g. an indicator's value, unit and period
	 * @param style how the explorer and Neo4j Browser draw it
	 * @param fields its typed relation fields, in the order the schema lists them
	 */
	public record KindDefinition(Kind kind, String plural, String file, String zh, String description, String summary,
			String example, @Nullable String categories, @Nullable String nameDescription,
			@Nullable String nameZhDescription, List<Property> properties, Style style, List<RelationField> fields) {

		public KindDefinition {
			properties = List.copyOf(properties);
			fields = List.copyOf(fields);
		}

	}

	/**
	 * A property only entities of one kind have.
	 *
	 * @param name the property's name, also its GraphQL field
	 * @param type its GraphQL type, e.g. {@code Float!} or {@code String!} (a {@code !} makes it required in the seed)
	 * @param description what it holds
	 */
	public record Property(String name, String type, String description) {

		public boolean required() {
			return this.type.endsWith("!");
		}

	}

	/**
	 * How a kind is drawn: fill, border and caption colours ({@code #RRGGBB}), node diameter in pixels (Neo4j
	 * Browser) and Cytoscape shape (explorer).
	 */
	public record Style(String color, String border, String text, int diameter, String shape) {
	}

	/**
	 * A typed relation field of a kind: it follows relationships of {@code types} in {@code direction} to entities of
	 * kind {@code of} (any kind when null). The schema gets a list form and a connection form
	 * ({@code name + "Connection"}).
	 *
	 * @param name the field's name, e.g. {@code products}
	 * @param types the relationship types followed
	 * @param direction {@code OUTGOING}, {@code INCOMING} or {@code BOTH}, seen from the kind owning the field
	 * @param of the kind of the entities reached, or null for any kind
	 * @param description what the field lists, e.g. {@code Products this institution released.}
	 */
	public record RelationField(String name, List<String> types, String direction, @Nullable Kind of,
			String description) {

		public static final Set<String> DIRECTIONS = Set.of("OUTGOING", "INCOMING", "BOTH");

		public RelationField {
			types = List.copyOf(types);
		}

	}

	/**
	 * One relationship type, with the kinds allowed at each end, what it means, and the optional {@code facts} its
	 * relations may carry besides the date, value and unit every relation may carry ({@link #FACTS}: today only
	 * {@code role}, the part a region or sector plays in a market).
	 */
	public record RelationType(String name, List<Kind> from, List<Kind> to, String description, List<String> facts) {

		/** The optional facts a type may declare. */
		public static final List<String> FACTS = List.of("role");

		public RelationType {
			from = List.copyOf(from);
			to = List.copyOf(to);
			facts = List.copyOf(facts);
		}

		/** A type whose relations carry no fact but date, value and unit. */
		public RelationType(String name, List<Kind> from, List<Kind> to, String description) {
			this(name, from, to, description, List.of());
		}

		/** Whether relations of this type may carry {@code fact} (one of {@link #FACTS}). */
		public boolean allows(String fact) {
			return this.facts.contains(fact);
		}

		/**
		 * Whether a relation of this type can link an entity of {@code kind}, followed in {@code direction}, to an
		 * entity of kind {@code target} (any kind when null).
		 */
		public boolean links(Kind kind, String direction, @Nullable Kind target) {
			boolean outgoing = this.from.contains(kind) && (target == null || this.to.contains(target));
			boolean incoming = this.to.contains(kind) && (target == null || this.from.contains(target));
			return switch (direction) {
				case "OUTGOING" -> outgoing;
				case "INCOMING" -> incoming;
				default -> outgoing || incoming;
			};
		}

	}

}

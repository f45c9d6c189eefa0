package com.fintechkg.kg.vocabulary;

import java.util.List;
import java.util.stream.Collectors;

import com.fintechkg.kg.vocabulary.Vocabulary.KindDefinition;
import com.fintechkg.kg.vocabulary.Vocabulary.Property;
import com.fintechkg.kg.vocabulary.Vocabulary.RelationField;
import org.jspecify.annotations.Nullable;

/**
 * Writes the typed part of the GraphQL schema from a {@link Vocabulary}: the {@code EntityKind} enum, one object type
 * per kind with its typed relation fields (a list form and a connection form, each marked {@code @relation}), the
 * kinds' root lookups and lists, and their connection types. The shared part (the {@code Entity} interface, inputs,
 * search, traversal, curation) is written by hand in {@code src/main/resources/graphql/}. The same vocabulary always
 * gives the same text.
 */
public final class SchemaGenerator {

	/** The first line of a generated schema. */
	public static final String HEADER = "# Generated from graph-seed/vocabulary.yaml by `./mvnw -q compile exec:java@schema`: do not edit.";

	private static final String ANY = "Entity";

	private final Vocabulary vocabulary;

	private final StringBuilder out = new StringBuilder();

	private SchemaGenerator(Vocabulary vocabulary) {
		this.vocabulary = vocabulary;
	}

	/** The typed part of the schema for {@code vocabulary}, as SDL. */
	public static String generate(Vocabulary vocabulary) {
		return new SchemaGenerator(vocabulary).write();
	}

	private String write() {
		line(HEADER);
		line("# The typed part of the API: the kinds of entity and their relation fields. The shared types (Entity, inputs,");
		line("# search, traversal, curation) are in src/main/resources/graphql/; the whole schema is served at /graphql/schema.");
		line("");
		rootFields();
		kindEnum();
		for (KindDefinition kind : this.vocabulary.kinds()) {
			kindType(kind);
		}
		for (KindDefinition kind : this.vocabulary.kinds()) {
			connectionTypes(kind.kind().name(), kind.kind().inText(), kind.plural());
		}
		relationConnectionTypes(ANY, "entity", "entities");
		return this.out.toString();
	}

	private void rootFields() {
		line("extend type Query {");
		for (KindDefinition kind : this.vocabulary.kinds()) {
			String name = kind.kind().inText();
			line("    \"Looks up " + article(name) + " " + name
					+ " by id. Null when there is none (or the id belongs to another kind).\"");
			line("    " + lookupField(kind.kind()) + "(");
			line("        \"The " + name + "'s stable id, e.g. `" + kind.example() + "`.\"");
			line("        id: ID!");
			line("    ): " + kind.kind().name());
			line("");
		}
		for (KindDefinition kind : this.vocabulary.kinds()) {
			line("    \"Pages through " + kind.plural() + ", filtered and sorted, as a Relay connection. Null, beside a "
					+ "`BAD_REQUEST` error, when an argument is out of range or `after` is not a cursor it issued.\"");
			line("    " + listField(kind) + "(");
			line("        \"Only entities matching this filter.\"");
			line("        where: EntityWhere");
			line("        \"Sort order; ties are broken by id. Default: by id.\"");
			line("        orderBy: [EntityOrderBy!]");
			line("        \"Page size: 0 to 100.\"");
			line("        first: Int = 20");
			line("        \"Opaque cursor of the edge after which the page starts (`pageInfo.endCursor`).\"");
			line("        after: String");
			line("    ): " + kind.kind().name() + "Connection");
			line("");
		}
		trimBlankLine();
		line("}");
		line("");
	}

	private void kindEnum() {
		line("\"The " + number(this.vocabulary.kinds().size()) + " kinds of entity the graph holds.\"");
		line("enum EntityKind {");
		for (KindDefinition kind : this.vocabulary.kinds()) {
			line("    " + quote(kind.summary()));
			line("    " + kind.kind().enumValue());
		}
		line("}");
		line("");
	}

	private void kindType(KindDefinition kind) {
		String name = kind.kind().inText();
		line(quote(kind.description()));
		line("type " + kind.kind().name() + " implements Entity {");
		field("Stable lowercase id, e.g. `" + kind.example() + "`.", "id: ID!");
		field("Always " + kind.kind().enumValue() + ".", "kind: EntityKind!");
		field(orElse(kind.nameDescription(), "Customary English name."), "name: String!");
		field(orElse(kind.nameZhDescription(), "Name as written in the whitepaper."), "nameZh: String!");
		field("Other names in both languages.", "aliases: [String!]!");
		field((kind.categories() != null) ? "E.g. " + kind.categories() + "." : "Finer classification, if any.",
				"category: String");
		field("True for a group the text names collectively rather than one thing; its members link to it with "
				+ "`ONE_OF`.", "group: Boolean!");
		field("One-line description in English.", "description: String!");
		field("Where the source names this " + name + ": section and verbatim quote.", "citations: [Citation!]!");
		field("Optimistic-concurrency version: 1 when created, one more on every curated change. Pass it as "
				+ "`expectedVersion` to change or delete.", "version: Int!");
		field("Where this entity comes from (the seed or a curator) and who changed it last, when.",
				"provenance: Provenance!");
		line("    \"All relations of this " + name + " with their citations, ordered by type then the other end's id; "
				+ "`other` is the far end and `direction` is seen from this " + name + ".\"");
		line("    relations(");
		line("        \"Which direction to follow; both by default.\"");
		line("        direction: Direction = BOTH");
		line("        \"Only relations of these types.\"");
		line("        types: [String!]");
		line("        \"\"\"");
		line("        At most this many relations: 0 to 1000, 100 by default. This list is not paged, so its bounds are wider than a");
		line("        connection's (`first` 0 to 100, 20 by default): enough for all relations of any entity of the bundled seed. To page");
		line("        through an entity's relations, use `relations(where: {entity: {eq: $id}})` on the query root.");
		line("        \"\"\"");
		line("        first: Int = 100");
		line("    ): [IncidentRelation!]!");
		for (Property property : kind.properties()) {
			field(property.description(), property.name() + ": " + property.type());
		}
		for (RelationField relation : kind.fields()) {
			relationFields(relation);
		}
		line("}");
	}

	private void relationFields(RelationField field) {
		String target = (field.of() != null) ? field.of().name() : ANY;
		String directive = "@relation(types: ["
				+ field.types().stream().map((type) -> "\"" + type + "\"").collect(Collectors.joining(", "))
				+ "], direction: " + field.direction() + ")";
		line("    " + quote(field.description() + " (" + String.join(" / ", field.types()) + ", "
				+ field.direction().toLowerCase(java.util.Locale.ROOT) + ")"));
		line("    " + field.name() + "(");
		line("        \"Only related entities matching this filter.\"");
		line("        where: EntityWhere");
		line("        \"At most this many: 0 to 100.\"");
		line("        first: Int = 20");
		line("        \"Opaque cursor (from the connection form) after which to continue.\"");
		line("        after: String");
		line("    ): [" + target + "!]! " + directive);
		line("    " + quote(field.description() + " As a Relay connection whose edges carry the relation's properties "
				+ "(quote, section, date) and its direction. Null, beside a `BAD_REQUEST` error, when an argument is "
				+ "out of range or `after` is not a cursor it issued."));
		line("    " + field.name() + "Connection(");
		line("        \"Only related entities matching this filter.\"");
		line("        where: EntityWhere");
		line("        \"Only relations whose properties match this filter (date, quote, section, type).\"");
		line("        edge: RelationWhere");
		line("        \"Page size: 0 to 100.\"");
		line("        first: Int = 20");
		line("        \"Opaque cursor of the edge after which the page starts.\"");
		line("        after: String");
		line("    ): " + target + "RelationConnection " + directive);
	}

	private void connectionTypes(String type, String name, String plural) {
		line("\"A page of " + plural + " (Relay connection).\"");
		line("type " + type + "Connection {");
		field("The " + plural + " of this page, each with its cursor.", "edges: [" + type + "Edge!]!");
		field("Where this page sits in the whole list.", "pageInfo: PageInfo!");
		field("How many " + plural + " match, across all pages.", "totalCount: Int!");
		line("}");
		line("");
		line("\"One " + name + " in a page, with its cursor.\"");
		line("type " + type + "Edge {");
		field("Opaque cursor; pass it as `after` to continue after this " + name + ".", "cursor: String!");
		field("The " + name + ".", "node: " + type + "!");
		line("}");
		relationConnectionTypes(type, name, plural);
	}

	private void relationConnectionTypes(String type, String name, String plural) {
		line("\"Related " + plural + " as a Relay connection; each edge carries the relation that links it.\"");
		line("type " + type + "RelationConnection {");
		field("The related " + plural + " of this page with their relations.", "edges: [" + type + "RelationEdge!]!");
		field("Where this page sits in the whole list.", "pageInfo: PageInfo!");
		field("How many related " + plural + " match, across all pages.", "totalCount: Int!");
		line("}");
		line("");
		line("\"A related " + name + " and the relation's properties.\"");
		line("type " + type + "RelationEdge {");
		field("Opaque cursor; pass it as `after` to continue after this edge.", "cursor: String!");
		field("The related " + name + ": the far end of the relation, seen from the entity owning the field.",
				"node: " + type + "!");
		field("Which way the relation points, seen from the entity owning the field: OUTGOING when it starts there, "
				+ "INCOMING when it ends there (BOTH only for a relation from an entity to itself).",
				"direction: Direction!");
		field("The relation's type and citation: quote, section, date, figures.", "properties: RelationProperties!");
		line("}");
	}

	/** The root field looking up one entity of {@code kind}: {@code institution}, {@code dataSource}. */
	public static String lookupField(Kind kind) {
		return Character.toLowerCase(kind.name().charAt(0)) + kind.name().substring(1);
	}

	/** The root field paging through the entities of {@code kind}: its plural, e.g. {@code technologies}. */
	public static String listField(KindDefinition kind) {
		String[] words = kind.plural().split(" ");
		StringBuilder name = new StringBuilder(words[0]);
		for (int i = 1; i < words.length; i++) {
			name.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
		}
		return name.toString();
	}

	private void field(String description, String definition) {
		line("    " + quote(description));
		line("    " + definition);
	}

	private void line(String text) {
		this.out.append(text).append('\n');
	}

	private void trimBlankLine() {
		if (this.out.length() >= 2 && this.out.charAt(this.out.length() - 2) == '\n') {
			this.out.setLength(this.out.length() - 1);
		}
	}

	private static String quote(String text) {
		return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}

	private static String orElse(@Nullable String text, String otherwise) {
		return (text != null) ? text : otherwise;
	}

	private static String article(String noun) {
		return "aeiou".indexOf(noun.charAt(0)) >= 0 ? "an" : "a";
	}

	private static String number(int count) {
		List<String> words = List.of("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
				"eleven", "twelve");
		return (count < words.size()) ? words.get(count) : Integer.toString(count);
	}

}

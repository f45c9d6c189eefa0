package com.fintechkg.kg.translate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.fintechkg.kg.entity.EntityQueries;
import com.fintechkg.kg.filter.CypherFilter;
import com.fintechkg.kg.filter.Filters.EntityOrderBy;
import com.fintechkg.kg.filter.Filters.EntityWhere;
import com.fintechkg.kg.filter.Filters.RelationWhere;
import com.fintechkg.kg.paging.Bounds;
import com.fintechkg.kg.paging.Keyset;
import com.fintechkg.kg.relation.Direction;
import com.fintechkg.kg.relation.IncidentRelation;
import com.fintechkg.kg.relation.RelationField;
import com.fintechkg.kg.relation.RelationQueries;
import com.fintechkg.kg.relation.RelationVocabulary;
import com.fintechkg.kg.translate.Selection.End;
import com.fintechkg.kg.translate.Selection.Field;
import com.fintechkg.kg.translate.Selection.Incident;
import com.fintechkg.kg.translate.Selection.OnEntity;
import com.fintechkg.kg.translate.Selection.Placement;
import com.fintechkg.kg.translate.Selection.Typed;
import com.fintechkg.kg.vocabulary.Kind;
import com.fintechkg.kg.vocabulary.SchemaGenerator;
import com.fintechkg.kg.vocabulary.Vocabulary;
import com.fintechkg.kg.vocabulary.Vocabulary.KindDefinition;
import graphql.normalized.ExecutableNormalizedField;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLSchema;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * Translates a root field's whole selection into one parameterised Cypher statement: the root lookup or page, and
 * below it one {@code COLLECT} subquery per relation field, nested as deep as the selection goes, each bounded per
 * parent (its own order and limit). Everything structural comes from the schema and the vocabulary: which root
 * fields read entities ({@link SchemaGenerator}), which fields are relations ({@code @relation} directives through
 * {@link RelationField}, and {@code Entity.relations}); every value the client sent is a parameter, numbered in the
 * order of the selection, so the same selection always gives the same text (one plan in the database's cache).
 *
 * <p>
 * A selection is translated only when every field that reads the graph is one of those; anything else (a relation
 * below a relation's {@code from}/{@code to} in a typed connection, an argument out of its range, a cursor this
 * service did not issue) leaves the root field to its resolvers and their DataLoaders, which give the answer and
 * its errors as they always have.
 */
@Component
class RootFieldTranslator {

	private static final JsonMapper json = JsonMapper.builder().build();

	private final Map<String, Root> roots = new HashMap<>();

	private final Set<String> kinds;

	private final RelationVocabulary relationTypes;

	/** A root field that reads entities: a lookup by id or a page, of one kind or (null) of any. */
	private record Root(@Nullable Kind kind, boolean lookup) {
	}

	RootFieldTranslator(Vocabulary vocabulary, RelationVocabulary relationTypes) {
		this.relationTypes = relationTypes;
		this.roots.put("entity", new Root(null, true));
		this.roots.put("entities", new Root(null, false));
		for (KindDefinition definition : vocabulary.kinds()) {
			this.roots.put(SchemaGenerator.lookupField(definition.kind()), new Root(definition.kind(), true));
			this.roots.put(SchemaGenerator.listField(definition), new Root(definition.kind(), false));
		}
		this.kinds = vocabulary.kinds().stream().map((definition) -> definition.kind().name()).collect(Collectors.toSet());
	}

	/** Whether {@code name} is a root field this translator may take. */
	boolean reads(String name) {
		return this.roots.containsKey(name);
	}

	/** A root field as one statement: its text, its parameters, and how its rows become answers. */
	record Translation(String cypher, Map<String, Object> parameters, Answers.Root root) {
	}

	/** The statement for {@code field}, a root field; empty when its selection holds something not translated. */
	Optional<Translation> translate(ExecutableNormalizedField field, GraphQLSchema schema) {
		Root root = this.roots.get(field.getFieldName());
		if (root == null) {
			return Optional.empty();
		}
		try {
			return Optional.of(new Statement(schema).root(field, root));
		}
		catch (RuntimeException notTranslated) {
			// not covered, or an argument the resolvers answer with an error: they take the field
			return Optional.empty();
		}
	}

	/**
	 * How a connection's {@code totalCount} is counted inside the statement: the seam where a count kept per graph
	 * version can replace counting the matches on every request.
	 */
	static String totalCount(String countSubquery) {
		return countSubquery;
	}

	/** Thrown while building when the selection holds something this translator does not read. */
	private static final class NotTranslated extends RuntimeException {

		NotTranslated(String reason) {
			super(reason, null, false, false);
		}

	}

	/** One statement under construction: its parameters, and names for its variables and map entries. */
	private final class Statement {

		private final GraphQLSchema schema;

		private final Map<String, Object> parameters = new LinkedHashMap<>();

		private final CypherFilter filter = new CypherFilter(this.parameters, "p");

		private int variables;

		private int keys;

		Statement(GraphQLSchema schema) {
			this.schema = schema;
		}

		Translation root(ExecutableNormalizedField field, Root root) {
			Kind kind = root.kind();
			Set<String> possible = (kind != null) ? Set.of(kind.name()) : RootFieldTranslator.this.kinds;
			if (root.lookup()) {
				String head = EntityQueries.lookupRow(kind, (String) argument(field, "id"), this.filter);
				Built selection = onEntity("e", field.getChildren(), possible);
				// language=cypher
				String cypher = head + " RETURN {node: e" + selection.entries() + "} AS row";
				return new Translation(cypher, this.parameters,
						new Answers.Lookup(field.getResultKey(), selection.plan()));
			}
			int first = bounded(argument(field, "first"), Bounds.MAX_FIRST);
			EntityWhere where = convert(argument(field, "where"), EntityWhere.class);
			List<EntityOrderBy> orderBy = orderBy(argument(field, "orderBy"));
			String after = (String) argument(field, "after");
			boolean counted = false;
			List<Placement> placements = new ArrayList<>();
			StringBuilder entries = new StringBuilder();
			for (ExecutableNormalizedField child : field.getChildren()) {
				switch (child.getFieldName()) {
					case "edges" -> {
						for (ExecutableNormalizedField edge : child.getChildren()) {
							if (edge.getFieldName().equals("node")) {
								Built node = onEntity("e", edge.getChildren(), possible);
								entries.append(node.entries());
								placements.add(new Placement(child.getResultKey(), edge.getResultKey(), End.OTHER,
										node.plan()));
							}
							else {
								inMemory(edge);
							}
						}
					}
					case "totalCount" -> counted = true;
					default -> inMemory(child);
				}
			}
			String head = EntityQueries.pageRows(kind, where, Keyset.of(orderBy), after, first + 1, this.filter);
			String total = counted ? ", " + totalCount(EntityQueries.countOf(kind, where, this.filter)) + " AS total"
					: "";
			// language=cypher
			String cypher = head + " WITH collect({node: e, keys: keys" + entries + "}) AS page RETURN page" + total;
			return new Translation(cypher, this.parameters,
					new Answers.Page(field.getResultKey(), first, after != null, counted, placements));
		}

		/** The relation fields among {@code children}, selected on entity {@code variable} of one of {@code possible}. */
		Built onEntity(String variable, List<ExecutableNormalizedField> children, Set<String> possible) {
			List<Field> fields = new ArrayList<>();
			StringBuilder entries = new StringBuilder();
			for (ExecutableNormalizedField child : children) {
				if (child.getFieldName().startsWith("__")) {
					continue;
				}
				RelationField relation = relationField(child);
				String guard = guard(variable, child.getObjectTypeNames(), possible);
				if (relation != null) {
					typed(variable, child, relation, guard, fields, entries);
				}
				else if (incident(child)) {
					incident(variable, child, guard, fields, entries);
				}
				else {
					inMemory(child);
				}
			}
			return new Built(new OnEntity(variable, List.copyOf(fields)), entries.toString());
		}

		private void typed(String owner, ExecutableNormalizedField child, RelationField relation, String guard,
				List<Field> fields, StringBuilder entries) {
			int number = this.variables++;
			String r = "r" + number;
			String other = "n" + number;
			String key = "f" + this.keys++;
			int first = bounded(argument(child, "first"), Bounds.MAX_FIRST);
			EntityWhere where = convert(argument(child, "where"), EntityWhere.class);
			RelationWhere edge = relation.connection() ? convert(argument(child, "edge"), RelationWhere.class) : null;
			String after = (String) argument(child, "after");
			Set<String> possible = (relation.target() != null) ? Set.of(relation.target().name())
					: RootFieldTranslator.this.kinds;
			List<Placement> placements = new ArrayList<>();
			StringBuilder nested = new StringBuilder();
			boolean counted = false;
			if (!relation.connection()) {
				Built node = onEntity(other, child.getChildren(), possible);
				nested.append(node.entries());
				placements.add(new Placement(null, null, End.OTHER, node.plan()));
			}
			else {
				for (ExecutableNormalizedField part : child.getChildren()) {
					switch (part.getFieldName()) {
						case "edges" -> {
							for (ExecutableNormalizedField edgeField : part.getChildren()) {
								if (edgeField.getFieldName().equals("node")) {
									Built node = onEntity(other, edgeField.getChildren(), possible);
									nested.append(node.entries());
									placements.add(new Placement(part.getResultKey(), edgeField.getResultKey(), End.OTHER,
											node.plan()));
								}
								else {
									inMemory(edgeField);
								}
							}
						}
						case "totalCount" -> counted = true;
						default -> inMemory(part);
					}
				}
			}
			String row = "{" + (relation.connection() ? RelationQueries.projectionEntries(r) + ", " : "") + "node: "
					+ other + ", keys: " + RelationQueries.typedKeys(r, other, relation) + nested + "}";
			int limit = relation.connection() ? first + 1 : first;
			entries.append(", ").append(key).append(": ")
				.append(RelationQueries.typedPage(owner, r, other, relation, where, edge, after, limit, guard, row,
						this.filter));
			if (counted) {
				entries.append(", ").append(key).append("n: ")
					.append(totalCount(RelationQueries.typedCount(owner, "c" + r, "c" + other, relation, where, edge,
							guard, this.filter)));
			}
			placements.removeIf((placement) -> placement.selection().empty());
			fields.add(new Typed(key, child.getResultKey(), relation, first, after, counted, List.copyOf(placements)));
		}

		private void incident(String owner, ExecutableNormalizedField child, String guard, List<Field> fields,
				StringBuilder entries) {
			int number = this.variables++;
			String r = "r" + number;
			String other = "n" + number;
			String start = "s" + number;
			String end = "t" + number;
			String key = "f" + this.keys++;
			Direction direction = Direction.valueOf(String.valueOf(argument(child, "direction")));
			@SuppressWarnings("unchecked")
			List<String> types = (List<String>) argument(child, "types");
			RootFieldTranslator.this.relationTypes.check("types", types);
			int first = bounded(argument(child, "first"), IncidentRelation.MAX_PER_ENTITY);
			List<Placement> placements = new ArrayList<>();
			StringBuilder nested = new StringBuilder();
			boolean starts = false;
			boolean ends = false;
			for (ExecutableNormalizedField part : child.getChildren()) {
				End which = switch (part.getFieldName()) {
					case "other" -> End.OTHER;
					case "from" -> End.FROM;
					case "to" -> End.TO;
					default -> null;
				};
				if (which == null) {
					inMemory(part);
					continue;
				}
				String variable = switch (which) {
					case OTHER -> other;
					case FROM -> start;
					case TO -> end;
				};
				Built node = onEntity(variable, part.getChildren(), RootFieldTranslator.this.kinds);
				if (node.plan().empty()) {
					continue;
				}
				starts |= which == End.FROM;
				ends |= which == End.TO;
				nested.append(node.entries());
				placements.add(new Placement(null, part.getResultKey(), which, node.plan()));
			}
			String row = "{" + RelationQueries.projectionEntries(r) + ", node: " + other + nested + "}";
			entries.append(", ").append(key).append(": ")
				.append(RelationQueries.incidentPage(owner, r, other, direction, types, first, guard,
						starts ? start : null, ends ? end : null, row, this.filter));
			fields.add(new Incident(key, child.getResultKey(), direction, types, first, List.copyOf(placements)));
		}

		/** A field answered from what is already read: fine as long as nothing below it reads the graph. */
		private void inMemory(ExecutableNormalizedField field) {
			if (readsGraph(field)) {
				throw new NotTranslated(field.getFieldName() + " reads the graph where it is not translated");
			}
		}

		private boolean readsGraph(ExecutableNormalizedField field) {
			if (field.getFieldName().startsWith("__")) {
				return false;
			}
			if (relationField(field) != null || incident(field)) {
				return true;
			}
			return field.getChildren().stream().anyMatch(this::readsGraph);
		}

		/** The typed relationship field {@code field} is, the same on every type it is selected on; null if none. */
		private @Nullable RelationField relationField(ExecutableNormalizedField field) {
			List<GraphQLFieldDefinition> definitions = field.getFieldDefinitions(this.schema);
			Set<@Nullable RelationField> declared = new java.util.HashSet<>();
			for (GraphQLFieldDefinition definition : definitions) {
				declared.add(RelationField.declaredBy(definition));
			}
			if (declared.size() == 1) {
				return declared.iterator().next();
			}
			if (declared.stream().anyMatch(java.util.Objects::nonNull)) {
				throw new NotTranslated(field.getFieldName() + " is a different relation on different types");
			}
			return null;
		}

		/** Whether {@code field} is {@code Entity.relations} (selected on entity types only). */
		private boolean incident(ExecutableNormalizedField field) {
			return field.getFieldName().equals("relations")
					&& RootFieldTranslator.this.kinds.containsAll(field.getObjectTypeNames());
		}

		/**
		 * A condition that the entity is of one of the types a field is selected on ({@code ... on Technology}), when
		 * it may be of others; empty when it is always one of them.
		 */
		private String guard(String variable, Set<String> selectedOn, Set<String> possible) {
			if (selectedOn.containsAll(possible)) {
				return "";
			}
			return "(" + new TreeSet<>(selectedOn).stream()
				.map((type) -> variable + ":" + Kind.of(type).name())
				.collect(Collectors.joining(" OR ")) + ") AND ";
		}

		/** An argument's value, the schema's default when it is left out or null (as {@code ArgumentDefaults}). */
		private @Nullable Object argument(ExecutableNormalizedField field, String name) {
			Object value = field.getResolvedArguments().get(name);
			if (value != null) {
				return value;
			}
			for (GraphQLFieldDefinition definition : field.getFieldDefinitions(this.schema)) {
				GraphQLArgument argument = definition.getArgument(name);
				if (argument != null && argument.hasSetDefaultValue()) {
					Object defaultValue = GraphQLArgument.getArgumentDefaultValue(argument);
					if (defaultValue instanceof graphql.language.Value<?>) {
						throw new NotTranslated("default of " + name + " is not a value");
					}
					return defaultValue;
				}
			}
			return null;
		}

	}

	/** An entity's selection as a plan and as the map entries the statement returns for it. */
	private record Built(OnEntity plan, String entries) {
	}

	private static int bounded(@Nullable Object value, int max) {
		if (!(value instanceof Integer number) || number < 0 || number > max) {
			throw new NotTranslated("out of range: the resolver reports it");
		}
		return number;
	}

	private static <T> @Nullable T convert(@Nullable Object argument, Class<T> type) {
		return (argument != null) ? json.convertValue(argument, type) : null;
	}

	private static @Nullable List<EntityOrderBy> orderBy(@Nullable Object argument) {
		return (argument != null) ? json.convertValue(argument, new TypeReference<List<EntityOrderBy>>() {
		}) : null;
	}

}

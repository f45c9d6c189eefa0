package com.fintechkg.kg.relation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.fintechkg.kg.entity.Entity;
import com.fintechkg.kg.filter.Filters.EntityWhere;
import com.fintechkg.kg.filter.Filters.RelationWhere;
import com.fintechkg.kg.paging.Bounds;
import com.fintechkg.kg.paging.Keyset;
import com.fintechkg.kg.paging.PageInfo;
import com.fintechkg.kg.relation.TypedRelationPage.Connection;
import com.fintechkg.kg.relation.TypedRelationPage.Edge;
import com.fintechkg.kg.relation.TypedRelationPage.Item;
import com.fintechkg.kg.relation.TypedRelationPage.Rows;
import com.fintechkg.kg.vocabulary.Kind;
import graphql.language.ArrayValue;
import graphql.language.Directive;
import graphql.language.EnumValue;
import graphql.language.FieldDefinition;
import graphql.language.ListType;
import graphql.language.NonNullType;
import graphql.language.ObjectTypeDefinition;
import graphql.language.StringValue;
import graphql.language.Type;
import graphql.language.TypeName;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.TypeDefinitionRegistry;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import org.dataloader.DataLoader;
import org.hibernate.validator.constraints.Range;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

/**
 * Resolves every schema field marked {@code @relation(types, direction)} (e.g. {@code Institution.products},
 * {@code Product.basedOn}, and their {@code ...Connection} forms) with one DataLoader: all entities asking for
 * the same field with the same arguments at one level of a query share a single Cypher statement.
 */
@Component
class TypedRelationFields implements RuntimeWiringConfigurer {

	static final String LOADER = "typedRelations";

	private static final JsonMapper json = JsonMapper.builder().build();

	/**
	 * The DataLoader key: the entity, the field, the field's arguments, and whether the connection's
	 * {@code totalCount} is selected (counted only then).
	 */
	record Key(String entityId, RelationField field, @Nullable EntityWhere where, @Nullable RelationWhere edge,
			int first, @Nullable String after, boolean counted) {
	}

	/** The bounded argument of every typed relationship field, checked by Bean Validation as controllers' are. */
	record Bounded(@Range(min = 0, max = Bounds.MAX_FIRST) int first) {
	}

	private final Validator validator;

	TypedRelationFields(RelationQueries relations, BatchLoaderRegistry registry, Validator validator) {
		this.validator = validator;
		registry.forTypePair(Key.class, Object.class)
			.withName(LOADER)
			.registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> load(relations, keys)));
	}

	private @Nullable TypeDefinitionRegistry registry;

	@Override
	public void setTypeDefinitionRegistry(TypeDefinitionRegistry registry) {
		this.registry = registry;
	}

	/** Registers a data fetcher for every field the schema marks with {@code @relation}. */
	@Override
	public void configure(RuntimeWiring.Builder builder) {
		if (this.registry == null) {
			return;
		}
		for (ObjectTypeDefinition type : this.registry.getTypes(ObjectTypeDefinition.class)) {
			for (FieldDefinition definition : type.getFieldDefinitions()) {
				if (definition.hasDirective("relation")) {
					RelationField field = field(definition);
					builder.type(type.getName(), (wiring) -> wiring.dataFetcher(definition.getName(),
							(DataFetcher<Object>) (env) -> fetch(env, field)));
				}
			}
		}
	}

	private Object fetch(DataFetchingEnvironment env, RelationField field) {
		Entity entity = env.getSource();
		int first = bounded(env.getArgument("first")).first();
		EntityWhere where = convert(env.getArgument("where"), EntityWhere.class);
		RelationWhere edge = convert(env.getArgument("edge"), RelationWhere.class);
		String after = env.getArgument("after");
		DataLoader<Key, Object> loader = env.getDataLoader(LOADER);
		boolean counted = field.connection() && env.getSelectionSet().contains("totalCount");
		return loader.load(new Key(entity.id(), field, where, edge, first, after, counted));
	}

	/** The arguments with bounds, within them (the schema gives their defaults); out of bounds, the violations. */
	private Bounded bounded(int first) {
		Bounded bounded = new Bounded(first);
		Set<ConstraintViolation<Bounded>> violations = this.validator.validate(bounded);
		if (!violations.isEmpty()) {
			throw new ConstraintViolationException(violations);
		}
		return bounded;
	}

	private static Map<Key, Object> load(RelationQueries relations, Set<Key> keys) {
		Map<Key, Object> result = new HashMap<>();
		keys.stream()
			.collect(Collectors.groupingBy((key) -> new Key("", key.field(), key.where(), key.edge(), key.first(),
					key.after(), key.counted())))
			.forEach((arguments, group) -> {
				Map<String, Rows> rows = relations.typed(group.stream().map(Key::entityId).toList(), arguments.field(),
						arguments.where(), arguments.edge(), arguments.first() + 1, arguments.after(), arguments.counted());
				group.forEach((key) -> result.put(key, answer(key, rows.getOrDefault(key.entityId(), Rows.EMPTY))));
			});
		return result;
	}

	private static Object answer(Key key, Rows rows) {
		List<Item> items = rows.items().stream().limit(key.first()).toList();
		if (!key.field().connection()) {
			return items.stream().map(Item::other).toList();
		}
		return TypedRelationPage.connection(key.entityId(), key.first(), key.after() != null, rows.items(),
				rows.total());
	}

	private static <T> @Nullable T convert(@Nullable Object argument, Class<T> type) {
		return (argument != null) ? json.convertValue(argument, type) : null;
	}

	static RelationField field(FieldDefinition definition) {
		Directive directive = definition.getDirectives("relation").getFirst();
		List<String> types = ((ArrayValue) directive.getArgument("types").getValue()).getValues()
			.stream()
			.map((value) -> ((StringValue) value).getValue())
			.toList();
		Direction direction = Direction.valueOf(((EnumValue) directive.getArgument("direction").getValue()).getName());
		String typeName = typeName(definition.getType());
		boolean connection = typeName.endsWith("RelationConnection");
		String targetName = connection ? typeName.substring(0, typeName.length() - "RelationConnection".length())
				: typeName;
		Kind target = "Entity".equals(targetName) ? null : Kind.of(targetName);
		return new RelationField(types, direction, target, connection);
	}

	private static String typeName(Type<?> type) {
		return switch (type) {
			case NonNullType nonNull -> typeName(nonNull.getType());
			case ListType list -> typeName(list.getType());
			case TypeName name -> name.getName();
			default -> throw new IllegalStateException("Unexpected type " + type);
		};
	}

}

package com.fintechkg.kg.entity;

import java.util.List;
import java.util.Set;

import com.fintechkg.kg.filter.Filters.EntityOrderBy;
import com.fintechkg.kg.filter.Filters.EntityWhere;
import com.fintechkg.kg.paging.Bounds;
import com.fintechkg.kg.vocabulary.Kind;
import com.fintechkg.kg.vocabulary.SchemaGenerator;
import com.fintechkg.kg.vocabulary.Vocabulary.KindDefinition;
import com.fintechkg.kg.vocabulary.Vocabulary;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import org.hibernate.validator.constraints.Range;
import org.jspecify.annotations.Nullable;

import org.springframework.core.ResolvableType;
import org.springframework.graphql.data.GraphQlArgumentBinder;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindException;

/**
 * Wires what the schema generates per kind of the {@link Vocabulary}: the root lookup ({@code institution(id)}) and
 * list ({@code institutions(where, orderBy, first, after)}) of every kind, the values of the {@code EntityKind} enum
 * (each a {@link Kind}), and the object type of an {@code Entity} (its kind's type). A kind added to the vocabulary
 * is served without code.
 */
@Component
class KindRootFields implements RuntimeWiringConfigurer {

	private final Vocabulary vocabulary;

	private final EntityController controller;

	private final GraphQlArgumentBinder binder = new GraphQlArgumentBinder();

	private final Validator validator;

	/** The bounded argument of every kind's list, checked by Bean Validation as the controllers' are. */
	record Bounded(@Range(min = 0, max = Bounds.MAX_FIRST) int first) {
	}

	KindRootFields(Vocabulary vocabulary, EntityController controller, Validator validator) {
		this.vocabulary = vocabulary;
		this.controller = controller;
		this.validator = validator;
	}

	@Override
	public void configure(RuntimeWiring.Builder builder) {
		builder.type("Entity", (type) -> type
			.typeResolver((env) -> env.getSchema().getObjectType(((Entity) env.getObject()).kind().name())));
		builder.type("EntityKind", (type) -> type.enumValues(Kind::valueOf));
		for (KindDefinition definition : this.vocabulary.kinds()) {
			Kind kind = definition.kind();
			builder.type("Query", (type) -> type
				.dataFetcher(SchemaGenerator.lookupField(kind),
						(env) -> this.controller.lookup(kind, env.getArgument("id")).orElse(null))
				.dataFetcher(SchemaGenerator.listField(definition),
						(env) -> this.controller.list(kind, argument(env, "where", EntityWhere.class),
								argument(env, "orderBy", ResolvableType.forClassWithGenerics(List.class, EntityOrderBy.class)),
								bounded(env.getArgument("first")).first(), env.getArgument("after"))));
		}
	}

	private Bounded bounded(int first) {
		Bounded bounded = new Bounded(first);
		Set<ConstraintViolation<Bounded>> violations = this.validator.validate(bounded);
		if (!violations.isEmpty()) {
			throw new ConstraintViolationException(violations);
		}
		return bounded;
	}

	private <T> @Nullable T argument(DataFetchingEnvironment env, String name, Class<T> type) {
		return type.cast(argument(env, name, ResolvableType.forClass(type)));
	}

	@SuppressWarnings("unchecked")
	private <T> @Nullable T argument(DataFetchingEnvironment env, String name, ResolvableType type) {
		try {
			return (T) this.binder.bind(env, name, type);
		}
		catch (BindException ex) {
			throw new IllegalArgumentException("Argument '" + name + "' cannot be read: " + ex.getMessage(), ex);
		}
	}

}

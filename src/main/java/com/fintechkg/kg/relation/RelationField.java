package com.fintechkg.kg.relation;

import java.util.List;

import com.fintechkg.kg.vocabulary.Kind;
import graphql.schema.GraphQLFieldDefinition;
import org.jspecify.annotations.Nullable;

/**
 * A typed relationship field of the schema, as its {@code @relation} directive declares it: the types followed,
 * the direction, the kind at the other end (null: any), and whether it is the connection form.
 */
public record RelationField(List<String> types, Direction direction, @Nullable Kind target,
		boolean connection) {

	/** The typed relationship field {@code definition} declares; null when it has no {@code @relation}. */
	public static @Nullable RelationField declaredBy(GraphQLFieldDefinition definition) {
		if (definition.getDefinition() == null || !definition.getDefinition().hasDirective("relation")) {
			return null;
		}
		return TypedRelationFields.field(definition.getDefinition());
	}

}

package com.fintechkg.kg.translate;

import java.util.List;

import com.fintechkg.kg.relation.Direction;
import com.fintechkg.kg.relation.RelationField;
import org.jspecify.annotations.Nullable;

/**
 * What one statement reads for a root field, as a tree that mirrors the selection: for each entity the statement
 * returns, the relation fields selected on it, each with the entities it reaches and what is selected on those.
 * The statement returns a map per entity ({@code node} and one entry per relation field, named by
 * {@link Field#key()}); {@link Answers} walks the same tree to turn the maps into the resolvers' answers.
 */
final class Selection {

	private Selection() {
	}

	/** The relation fields selected on an entity the statement binds to {@code variable}. */
	record OnEntity(String variable, List<Field> fields) {

		boolean empty() {
			return this.fields.isEmpty();
		}

	}

	/** A relation field of an entity: the map entry that holds it ({@code key}) and its GraphQL result key. */
	sealed interface Field permits Typed, Incident {

		String key();

		String resultKey();

		List<Placement> placements();

	}

	/**
	 * A typed relationship field ({@code @relation}): the field, its arguments ({@code first} rows are shown, one
	 * more is read to tell whether another page follows), and whether its {@code totalCount} is selected.
	 */
	record Typed(String key, String resultKey, RelationField field, int first, @Nullable String after,
			boolean counted, List<Placement> placements) implements Field {
	}

	/** {@code Entity.relations}: the relations read from the entity, in its order. */
	record Incident(String key, String resultKey, Direction direction, @Nullable List<String> types, int first,
			List<Placement> placements) implements Field {
	}

	/** Which entity of a row a nested selection belongs to. */
	enum End {

		/** The far end: a typed field's entity, an edge's {@code node}, an incident relation's {@code other}. */
		OTHER,
		/** The relation's start ({@code from} of an incident relation). */
		FROM,
		/** The relation's end ({@code to} of an incident relation). */
		TO

	}

	/**
	 * Where the entities of a field's rows sit in the answer, and what is selected on them: below the field's
	 * result key, under {@code list} (an edges key; none for a plain list) at each row's index, then under
	 * {@code object} (a {@code node}, {@code other}, {@code from} or {@code to} key; none for a plain list).
	 */
	record Placement(@Nullable String list, @Nullable String object, End end, OnEntity selection) {
	}

}

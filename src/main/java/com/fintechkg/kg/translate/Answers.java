package com.fintechkg.kg.translate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fintechkg.kg.entity.Entity;
import com.fintechkg.kg.entity.EntityConnection;
import com.fintechkg.kg.relation.IncidentRelation;
import com.fintechkg.kg.relation.Relation;
import com.fintechkg.kg.relation.RelationQueries;
import com.fintechkg.kg.relation.TypedRelationPage;
import com.fintechkg.kg.relation.TypedRelationPage.Item;
import com.fintechkg.kg.translate.Selection.Field;
import com.fintechkg.kg.translate.Selection.Incident;
import com.fintechkg.kg.translate.Selection.OnEntity;
import com.fintechkg.kg.translate.Selection.Placement;
import com.fintechkg.kg.translate.Selection.Typed;
import graphql.execution.ResultPath;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * Turns a translated statement's rows into the answers the resolvers give: the root field's value, and the value
 * of every relation field below it, each at its place in the result ({@link ResultPath}). The answers are the same
 * objects the resolvers build (entities, typed pages, incident relations), so the rest of the query (properties,
 * citations, sources, cursors, page information) resolves exactly as on the resolvers' path.
 */
final class Answers {

	private Answers() {
	}

	/** How the rows of a root field's statement become its answer. */
	sealed interface Root permits Lookup, Page {

		/** The root field's value; the values of the relation fields below go to {@code below}. */
		@Nullable Object answer(List<Record> rows, Map<ResultPath, Object> below);

	}

	/** A lookup by id: one row or none. */
	record Lookup(String resultKey, OnEntity selection) implements Root {

		@Override
		public @Nullable Object answer(List<Record> rows, Map<ResultPath, Object> below) {
			if (rows.isEmpty()) {
				return null;
			}
			Value row = rows.getFirst().get("row");
			Entity entity = Entity.from(row.get("node"));
			entity(row, entity, ResultPath.rootPath().segment(this.resultKey), this.selection, below);
			return entity;
		}

	}

	/** A page of entities: at most {@code first} shown (one more read), with its count when selected. */
	record Page(String resultKey, int first, boolean after, boolean counted, List<Placement> placements)
			implements Root {

		@Override
		public Object answer(List<Record> rows, Map<ResultPath, Object> below) {
			Record record = rows.getFirst();
			List<Value> page = record.get("page").asList((value) -> value);
			List<Entity> entities = page.stream().map((value) -> Entity.from(value.get("node"))).toList();
			List<List<Object>> keys = page.stream().map((value) -> value.get("keys").asList(Value::asObject)).toList();
			long total = this.counted ? record.get("total").asLong() : -1;
			EntityConnection connection = EntityConnection.of(entities, keys, this.first, this.after, () -> {
				if (total < 0) {
					throw new IllegalStateException("totalCount was not selected when the statement was built");
				}
				return total;
			});
			ResultPath at = ResultPath.rootPath().segment(this.resultKey);
			place(page, entities, at, this.placements, Math.min(this.first, page.size()), below);
			return connection;
		}

	}

	/** The relation fields {@code selection} holds for {@code entity}, read from its map {@code row}. */
	static void entity(Value row, Entity entity, ResultPath path, OnEntity selection, Map<ResultPath, Object> below) {
		for (Field field : selection.fields()) {
			ResultPath at = path.segment(field.resultKey());
			List<Value> rows = row.get(field.key()).asList((value) -> value);
			List<Entity> others = rows.stream().map((value) -> Entity.from(value.get("node"))).toList();
			switch (field) {
				case Typed typed -> {
					if (!typed.field().connection()) {
						below.put(at, others);
						place(rows, others, at, typed.placements(), others.size(), below);
						continue;
					}
					List<Item> items = new ArrayList<>();
					for (int i = 0; i < rows.size(); i++) {
						Value value = rows.get(i);
						items.add(new Item(relation(value, entity, others.get(i)), others.get(i),
								value.get("keys").asList(Value::asObject)));
					}
					long total = typed.counted() ? row.get(typed.key() + "n").asLong() : 0;
					below.put(at, TypedRelationPage.connection(entity.id(), typed.first(), typed.after() != null, items,
							total));
					place(rows, others, at, typed.placements(), Math.min(typed.first(), rows.size()), below);
				}
				case Incident incident -> {
					List<IncidentRelation> relations = new ArrayList<>();
					for (int i = 0; i < rows.size(); i++) {
						relations.add(IncidentRelation.seenFrom(relation(rows.get(i), entity, others.get(i)), entity.id()));
					}
					below.put(at, List.copyOf(relations));
					for (Placement placement : incident.placements()) {
						for (int i = 0; i < relations.size(); i++) {
							IncidentRelation relation = relations.get(i);
							Entity end = switch (placement.end()) {
								case OTHER -> relation.other();
								case FROM -> relation.from();
								case TO -> relation.to();
							};
							entity(rows.get(i), end, at(at, placement, i), placement.selection(), below);
						}
					}
				}
			}
		}
	}

	/** The nested selections of the first {@code shown} rows, at their places below {@code at}. */
	private static void place(List<Value> rows, List<Entity> entities, ResultPath at, List<Placement> placements,
			int shown, Map<ResultPath, Object> below) {
		for (Placement placement : placements) {
			for (int i = 0; i < shown; i++) {
				entity(rows.get(i), entities.get(i), at(at, placement, i), placement.selection(), below);
			}
		}
	}

	private static ResultPath at(ResultPath field, Placement placement, int index) {
		ResultPath path = (placement.list() != null) ? field.segment(placement.list()) : field;
		path = path.segment(index);
		return (placement.object() != null) ? path.segment(placement.object()) : path;
	}

	/** A relation of a row, its ends by id among {@code owner} and {@code other} (the same for a loop). */
	private static Relation relation(Value row, Entity owner, Entity other) {
		Map<String, Entity> ends = new HashMap<>();
		ends.put(owner.id(), owner);
		ends.put(other.id(), other);
		return RelationQueries.relation(row, ends);
	}

}

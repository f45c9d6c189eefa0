package com.fintechkg.kg.support;

import java.util.List;

import com.fintechkg.kg.entity.Entity;
import com.fintechkg.kg.entity.Provenance;
import com.fintechkg.kg.relation.Relation;
import com.fintechkg.kg.stored.Citation;
import com.fintechkg.kg.vocabulary.Kind;

/** Entities and relations as the query classes return them, for the controller slices' mocks. */
public final class ApiObjects {

	public static final String SOURCE = "caict-fintech-2023";

	private ApiObjects() {
	}

	/** An entity of {@code kind} (e.g. {@code Institution}) with a name, Chinese name and description of its id. */
	public static Entity entity(String id, String kind) {
		return new Entity(id, Kind.of(kind), "Name of " + id, id + "的名称", List.of(id.toUpperCase()), null,
				false, "About " + id, List.of(new Citation(SOURCE, "1.1", "Quote about " + id)), null, null, null, null, 1,
				new Provenance("seed", null, null, null));
	}

	/** An entity with the given names and aliases. */
	public static Entity entity(String id, String kind, String name, String nameZh, List<String> aliases,
			String description) {
		return new Entity(id, Kind.of(kind), name, nameZh, aliases, null, false, description,
				List.of(new Citation(SOURCE, "1.1", "Quote about " + id)), null, null, null, null, 1,
				new Provenance("seed", null, null, null));
	}

	/** An indicator with its figure. */
	public static Entity indicator(String id, double value, String unit, String period) {
		return new Entity(id, Kind.of("Indicator"), "Name of " + id, id + "的名称", List.of(), null, false, "About " + id,
				List.of(new Citation(SOURCE, "2.1", "Quote about " + id)), value, unit, period, null, 1,
				new Provenance("seed", null, null, null));
	}

	/** The relation {@code from -type-> to}, with the id the store gives it. */
	public static Relation relation(Entity from, String type, Entity to) {
		return new Relation(from.id() + ":" + type + ":" + to.id(), type, from, to,
				"Quote stating " + from.id() + " " + type + " " + to.id(), "3.1", null, null, null, SOURCE, 1,
				new Provenance("seed", null, null, null));
	}

}

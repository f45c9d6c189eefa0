package com.fintechkg.kg.entity;

import com.fintechkg.kg.stored.StoredProvenance;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;

/**
 * Where a node or relationship comes from and who changed it last: {@code origin} is {@code seed} for facts
 * loaded from graph-seed/ and {@code curated} once a curator created or changed it.
 */
public record Provenance(String origin, @Nullable String createdAt, @Nullable String updatedAt,
		@Nullable String updatedBy) {

	/** Read from a node's or relationship's properties. */
	public static Provenance from(Value properties) {
		return new Provenance(properties.get(StoredProvenance.ORIGIN).asString(StoredProvenance.SEED),
				text(properties.get(StoredProvenance.CREATED_AT)), text(properties.get(StoredProvenance.UPDATED_AT)),
				properties.get(StoredProvenance.UPDATED_BY).asString(null));
	}

	/** The optimistic-concurrency version of a node or relationship; facts written before versions existed are 1. */
	public static int version(Value properties) {
		return properties.get(StoredProvenance.VERSION).asInt(1);
	}

	private static @Nullable String text(Value value) {
		return value.isNull() ? null : value.asObject().toString();
	}

}

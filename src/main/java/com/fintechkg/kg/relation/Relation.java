package com.fintechkg.kg.relation;

import com.fintechkg.kg.entity.Entity;
import com.fintechkg.kg.entity.Provenance;
import org.jspecify.annotations.Nullable;

/** A fact linking two entities, with the verbatim quote that states it. */
public record Relation(String id, String type, Entity from, Entity to, String quote, String section,
		@Nullable String date, @Nullable Double value, @Nullable String unit, String sourceId, int version,
		Provenance provenance) {
}

package com.fintechkg.kg.relation;

import com.fintechkg.kg.entity.Provenance;

import org.jspecify.annotations.Nullable;

/** A relation's own properties, carried by the edges of relationship connections. */
public record RelationProperties(String id, String type, String quote, String section, @Nullable String date,
		@Nullable Double value, @Nullable String unit, String sourceId, int version, Provenance provenance) {

	static RelationProperties of(Relation relation) {
		return new RelationProperties(relation.id(), relation.type(), relation.quote(), relation.section(),
				relation.date(), relation.value(), relation.unit(), relation.sourceId(), relation.version(),
				relation.provenance());
	}

}

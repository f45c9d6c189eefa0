package com.fintechkg.kg.relation;

import java.util.List;

import com.fintechkg.kg.entity.Provenance;
import com.fintechkg.kg.stored.Citation;

import org.jspecify.annotations.Nullable;

/**
 * A relation's own properties, carried by the edges of relationship connections: every citation, and the first one's
 * quote, section and source.
 */
public record RelationProperties(String id, String type, List<Citation> citations, @Nullable String date,
		@Nullable Double value, @Nullable String unit, @Nullable String role, int version, Provenance provenance) {

	static RelationProperties of(Relation relation) {
		return new RelationProperties(relation.id(), relation.type(), relation.citations(), relation.date(),
				relation.value(), relation.unit(), relation.role(), relation.version(), relation.provenance());
	}

	/** The quote of the first citation. */
	public String quote() {
		return Relation.first(this.citations).quote();
	}

	/** The section of the first citation. */
	public String section() {
		return Relation.first(this.citations).section();
	}

	/** The source of the first citation. */
	public String sourceId() {
		return Relation.first(this.citations).source();
	}

}

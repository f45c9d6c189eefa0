package com.fintechkg.kg.relation;

import java.util.List;

import com.fintechkg.kg.entity.Entity;
import com.fintechkg.kg.entity.Provenance;
import com.fintechkg.kg.stored.Citation;
import org.jspecify.annotations.Nullable;

/**
 * A fact linking two entities, with every passage that states it ({@code citations}, in the order the seed lists
 * them); {@link #quote}, {@link #section} and {@link #sourceId} are those of the first.
 */
public record Relation(String id, String type, Entity from, Entity to, List<Citation> citations,
		@Nullable String date, @Nullable Double value, @Nullable String unit, @Nullable String role, int version,
		Provenance provenance) {

	public Relation {
		citations = List.copyOf(citations);
	}

	/** A relation citing one passage, with no role. */
	public Relation(String id, String type, Entity from, Entity to, String quote, String section,
			@Nullable String date, @Nullable Double value, @Nullable String unit, String sourceId, int version,
			Provenance provenance) {
		this(id, type, from, to, List.of(new Citation(sourceId, section, quote)), date, value, unit, null, version,
				provenance);
	}

	/** The quote of the first citation. */
	public String quote() {
		return first(this.citations).quote();
	}

	/** The section of the first citation. */
	public String section() {
		return first(this.citations).section();
	}

	/** The source of the first citation. */
	public String sourceId() {
		return first(this.citations).source();
	}

	/** The first of {@code citations}; a relation without any reads as citing nothing (empty texts). */
	static Citation first(List<Citation> citations) {
		return citations.isEmpty() ? new Citation("", "", "") : citations.getFirst();
	}

}

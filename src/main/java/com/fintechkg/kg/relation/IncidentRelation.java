package com.fintechkg.kg.relation;

import java.util.List;

import com.fintechkg.kg.entity.Entity;
import com.fintechkg.kg.entity.Provenance;
import com.fintechkg.kg.stored.Citation;
import org.jspecify.annotations.Nullable;

/**
 * A relation read from one of its ends: the relation, the far end ({@code other}) and which way the relation points
 * seen from that end ({@code direction}: OUTGOING, INCOMING, or BOTH for a relation from an entity to itself).
 */
public record IncidentRelation(Relation relation, Entity other, Direction direction) {

	/**
	 * The most relations {@code Entity.relations} lists: wider than a connection's bound, as the list is not paged
	 * (the schema says so, and gives the default).
	 */
	public static final int MAX_PER_ENTITY = 1000;

	/** {@code relation} as read from the entity with id {@code entityId}, which must be one of its ends. */
	public static IncidentRelation seenFrom(Relation relation, String entityId) {
		boolean starts = relation.from().id().equals(entityId);
		boolean ends = relation.to().id().equals(entityId);
		if (!starts && !ends) {
			throw new IllegalArgumentException("Relation " + relation.id() + " does not touch " + entityId);
		}
		Direction direction = (starts && ends) ? Direction.BOTH : starts ? Direction.OUTGOING : Direction.INCOMING;
		return new IncidentRelation(relation, starts ? relation.to() : relation.from(), direction);
	}

	public String id() {
		return this.relation.id();
	}

	public String type() {
		return this.relation.type();
	}

	public Entity from() {
		return this.relation.from();
	}

	public Entity to() {
		return this.relation.to();
	}

	public List<Citation> citations() {
		return this.relation.citations();
	}

	public String quote() {
		return this.relation.quote();
	}

	public String section() {
		return this.relation.section();
	}

	public @Nullable String date() {
		return this.relation.date();
	}

	public @Nullable String role() {
		return this.relation.role();
	}

	public @Nullable Double value() {
		return this.relation.value();
	}

	public @Nullable String unit() {
		return this.relation.unit();
	}

	public String sourceId() {
		return this.relation.sourceId();
	}

	public int version() {
		return this.relation.version();
	}

	public Provenance provenance() {
		return this.relation.provenance();
	}

}

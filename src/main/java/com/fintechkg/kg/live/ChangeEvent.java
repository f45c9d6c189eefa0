package com.fintechkg.kg.live;

import java.util.List;

import com.fintechkg.kg.stats.GraphStats.SeedVersion;
import com.fintechkg.kg.stored.Citation;
import com.fintechkg.kg.vocabulary.Kind;
import org.jspecify.annotations.Nullable;

/**
 * GraphQL's {@code ChangeEvent}: one committed change.
 *
 * @param action what happened, as the change log names it, or {@code SEED_LOAD}
 * @param change the change-log entry (curated writes)
 * @param seed the seed loaded (seed loads)
 * @param entityIds the entities touched
 * @param kinds their kinds
 * @param relationType the relation's type (relation changes)
 * @param graphVersion the graph's version after the change
 */
public record ChangeEvent(String action, @Nullable Entry change, @Nullable SeedVersion seed, List<String> entityIds,
		List<Kind> kinds, @Nullable String relationType, String graphVersion) {

	public static final String SEED_LOAD = "SEED_LOAD";

	/** GraphQL's {@code Change}: the change-log entry as it was committed. */
	public record Entry(String id, String at, String by, String action, String target, int version, Citation citation,
			@Nullable String reason, @Nullable String before) {
	}

	/** Whether this event passes the subscription's filters (null: not filtered). */
	boolean matches(@Nullable String entityId, @Nullable Kind kind, @Nullable String type) {
		if (SEED_LOAD.equals(this.action)) {
			return true;
		}
		return (entityId == null || this.entityIds.contains(entityId) || (this.change != null && entityId.equals(this.change.target())))
				&& (kind == null || this.kinds.contains(kind))
				&& (type == null || type.equals(this.relationType));
	}

}

package com.fintechkg.kg.stats;

import java.util.List;

import com.fintechkg.kg.entity.Entity;
import com.fintechkg.kg.vocabulary.Kind;
import org.jspecify.annotations.Nullable;

/** Figures about the graph; {@code mostConnected} is resolved separately, with its own argument. */
public record GraphStats(long entities, long relations, List<KindCount> byKind, List<TypeCount> byRelationType,
		@Nullable SeedVersion seed) {

	public record KindCount(Kind kind, long count) {
	}

	public record TypeCount(String type, long count) {
	}

	public record ConnectedEntity(Entity entity, long degree) {
	}

	public record SeedVersion(String version, @Nullable String checksum, @Nullable String loadedAt) {
	}

}

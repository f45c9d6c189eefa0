package com.fintechkg.kg.search;

import com.fintechkg.kg.entity.Entity;
import org.jspecify.annotations.Nullable;

/** A search result: the entity, its relevance, and the text that matched best. */
public record SearchHit(Entity entity, double score, @Nullable String matched) {
}

package com.fintechkg.kg.source;

import org.jspecify.annotations.Nullable;

/** A document the graph cites. */
public record Source(String id, String title, @Nullable String titleEn, String publisher, @Nullable String date,
		@Nullable String language) {
}

package com.fintechkg.kg.source;

/** A section and verbatim quote of a source document; {@code source} resolves to the {@link Source}. */
public record Citation(String sourceId, String section, String quote) {
}

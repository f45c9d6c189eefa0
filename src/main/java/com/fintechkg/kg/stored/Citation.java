package com.fintechkg.kg.stored;

/**
 * A section and verbatim quote of a source document; {@code source} is the id of the document (the GraphQL
 * {@code Citation.source} field resolves it to the document itself).
 */
public record Citation(String source, String section, String quote) {
}

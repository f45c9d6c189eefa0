/**
 * The vocabulary of the graph ({@code graph-seed/vocabulary.yaml}): the kinds of entity, the relationship types with
 * the kinds allowed at each end, and each kind's typed relation fields. It is the single source of the typed part of
 * the GraphQL schema ({@link com.fintechkg.kg.vocabulary.SchemaGenerator}), of the seed's kinds and files, of the
 * rules curation and the seed validator apply, and of how the explorer and Neo4j Browser draw each kind.
 */
@NullMarked
package com.fintechkg.kg.vocabulary;

import org.jspecify.annotations.NullMarked;

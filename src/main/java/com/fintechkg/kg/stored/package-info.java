/**
 * The stored shape of the graph, owned in one place: which properties an {@code :Entity} node and a relationship
 * between entities carry, how citations (three parallel lists, on a node and on a relationship alike),
 * aliases ({@code aliasText}) and name keys ({@code nameKeys}) are derived and stored, how they are read back and
 * projected, and the provenance every fact carries. The seed loader, curation, the synthetic generator, the
 * exports, the entity and relation reads, the filters and the sort keys all go through {@link StoredEntity},
 * {@link StoredRelation} and {@link StoredProvenance}; {@link Citation} is the one citation type. The package
 * depends on nothing of the service, only on the Neo4j driver's value types.
 */
@NullMarked
package com.fintechkg.kg.stored;

import org.jspecify.annotations.NullMarked;

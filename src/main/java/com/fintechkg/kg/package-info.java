/**
 * FinTech KG service, one package per concept: {@code vocabulary} (the kinds, relationship types and typed fields the
 * schema is generated from), {@code stored} (the stored shape every writer and reader goes through), {@code seed}
 * (reading, validating and loading graph-seed/), {@code graph} (the read and write paths), {@code embedded} (the
 * in-process Neo4j), {@code entity}, {@code relation}, {@code search}, {@code traversal}, {@code stats},
 * {@code source} and {@code curation} (the GraphQL surface), {@code filter} and {@code paging} (arguments shared by
 * lists), {@code export}, {@code browser}, {@code explorer}, {@code graphiql}, {@code info}, {@code security},
 * {@code caching} (ETags and persisted queries), {@code live} (the {@code changes} subscription),
 * {@code federation} (the Apollo Federation subgraph), {@code command} (the jar's entry point and command-line
 * modes) and {@code graphql} (cross-cutting wiring only).
 */
@NullMarked
package com.fintechkg.kg;

import org.jspecify.annotations.NullMarked;

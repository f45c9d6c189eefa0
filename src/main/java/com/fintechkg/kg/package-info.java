/**
 * FinTech KG service. One package per concept: {@code embedded} (the in-process Neo4j), {@code seed}
 * (reading, validating and loading graph-seed/), {@code entity}, {@code relation} and {@code source}
 * (the GraphQL surface), {@code browser} (Neo4j Browser), {@code info} (actuator), {@code caching} (ETags and
 * persisted queries), {@code live} (the {@code changes} subscription), {@code federation} (the Apollo Federation
 * subgraph), and {@code graphql} for cross-cutting GraphQL wiring only.
 */
package com.fintechkg.kg;

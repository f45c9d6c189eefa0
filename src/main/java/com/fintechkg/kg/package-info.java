/**
 * FinTech KG service. One package per concept: {@code embedded} (the in-process Neo4j), {@code seed}
 * (reading, validating and loading graph-seed/), {@code entity}, {@code relation} and {@code source}
 * (the GraphQL surface), {@code stored} (the stored shape of entities and relations, which every writer and reader
 * goes through), {@code browser} (Neo4j Browser), {@code info} (actuator), and {@code graphql}
 * for cross-cutting GraphQL wiring only.
 */
package com.fintechkg.kg;

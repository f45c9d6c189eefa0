/**
 * Apollo Federation 2: the service as a subgraph whose entity kinds are federation entities keyed by {@code id}
 * ({@code _service}, {@code _entities}), through Spring for GraphQL's federation support.
 */
@NullMarked
package com.fintechkg.kg.federation;

import org.jspecify.annotations.NullMarked;

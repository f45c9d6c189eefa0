/**
 * Cross-cutting GraphQL wiring: the schema's generated part, error mapping, request limits, the GET route.
 */
@NullMarked
package com.fintechkg.kg.graphql;

import org.jspecify.annotations.NullMarked;

/**
 * Filters and sort orders of entities and relations as parameterised Cypher.
 */
@NullMarked
package com.fintechkg.kg.filter;

import org.jspecify.annotations.NullMarked;

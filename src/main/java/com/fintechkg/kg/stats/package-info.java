/**
 * Counts per kind and type, the most connected entities and the seed's version.
 */
@NullMarked
package com.fintechkg.kg.stats;

import org.jspecify.annotations.NullMarked;

/**
 * Curated writes: the upsert and delete mutations, their validation with the seed's rules, optimistic versions and the change log.
 */
@NullMarked
package com.fintechkg.kg.curation;

import org.jspecify.annotations.NullMarked;

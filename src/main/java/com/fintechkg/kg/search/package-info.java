/**
 * Bilingual full-text search.
 */
@NullMarked
package com.fintechkg.kg.search;

import org.jspecify.annotations.NullMarked;

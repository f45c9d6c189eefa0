/**
 * The seed ({@code graph-seed/}): reading, validating and loading it, and the database schema it needs.
 */
@NullMarked
package com.fintechkg.kg.seed;

import org.jspecify.annotations.NullMarked;

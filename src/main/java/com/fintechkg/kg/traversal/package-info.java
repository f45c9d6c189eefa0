/**
 * Paths and neighbourhoods between entities.
 */
@NullMarked
package com.fintechkg.kg.traversal;

import org.jspecify.annotations.NullMarked;

/**
 * The synthetic benchmark graph grown from the seed's vocabulary.
 */
@NullMarked
package com.fintechkg.kg.generate;

import org.jspecify.annotations.NullMarked;

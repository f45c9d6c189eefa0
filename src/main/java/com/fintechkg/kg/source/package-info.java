/**
 * The cited documents and the citations' sources.
 */
@NullMarked
package com.fintechkg.kg.source;

import org.jspecify.annotations.NullMarked;

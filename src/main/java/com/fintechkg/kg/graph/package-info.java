/**
 * The one read path and the one write path to the database, embedded or over the driver.
 */
@NullMarked
package com.fintechkg.kg.graph;

import org.jspecify.annotations.NullMarked;

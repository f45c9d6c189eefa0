/**
 * Exports of the graph: CSV, JSON, GraphML and Cypher files, neighbourhoods, and the seed round trip.
 */
@NullMarked
package com.fintechkg.kg.export;

import org.jspecify.annotations.NullMarked;

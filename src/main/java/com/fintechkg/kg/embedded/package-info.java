/**
 * The in-process Neo4j: starting it with Bolt on, and keeping Bolt read-only.
 */
@NullMarked
package com.fintechkg.kg.embedded;

import org.jspecify.annotations.NullMarked;

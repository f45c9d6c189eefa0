/**
 * Actuator contributions: what the graph holds.
 */
@NullMarked
package com.fintechkg.kg.info;

import org.jspecify.annotations.NullMarked;

/**
 * Neo4j Browser served by the service: its page with the FinTech KG style preset, the guide built from docs/cypher, the graph style from the vocabulary, its content-security policy.
 */
@NullMarked
package com.fintechkg.kg.browser;

import org.jspecify.annotations.NullMarked;

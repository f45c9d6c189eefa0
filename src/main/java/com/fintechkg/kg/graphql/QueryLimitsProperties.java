package com.fintechkg.kg.graphql;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code fintechkg.graphql.*}: limits every request must stay within, checked before anything runs.
 *
 * @param maxDepth deepest nesting of fields a query may have
 * @param maxComplexity most fields (each alias counted) a query may select
 * @param maxRequestSize largest request body accepted on /graphql
 */
@ConfigurationProperties("fintechkg.graphql")
public record QueryLimitsProperties(@DefaultValue("15") int maxDepth, @DefaultValue("2000") int maxComplexity,
		@DefaultValue("100KB") DataSize maxRequestSize) {
}

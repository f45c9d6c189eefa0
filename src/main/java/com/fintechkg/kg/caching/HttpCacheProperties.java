package com.fintechkg.kg.caching;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * HTTP caching of GraphQL reads.
 *
 * @param maxAge how long a cache may answer a {@code GET /graphql} from its copy without asking again; {@code 0}
 * (the default): {@code Cache-Control: no-cache}, every use revalidates with {@code If-None-Match}, which costs a
 * {@code 304} and no query
 * @param persistedQueries most documents the automatic-persisted-query store keeps (least recently used out first)
 */
@ConfigurationProperties("fintechkg.http-cache")
record HttpCacheProperties(@DefaultValue("0s") Duration maxAge, @DefaultValue("1000") int persistedQueries) {

	HttpCacheProperties {
		if (maxAge.isNegative()) {
			throw new IllegalArgumentException("fintechkg.http-cache.max-age must not be negative, was " + maxAge);
		}
		if (persistedQueries < 1) {
			throw new IllegalArgumentException(
					"fintechkg.http-cache.persisted-queries must be at least 1, was " + persistedQueries);
		}
	}

	/** The {@code Cache-Control} of a successful read. */
	String cacheControl() {
		return this.maxAge.isZero() ? "no-cache" : "max-age=" + this.maxAge.toSeconds();
	}

}

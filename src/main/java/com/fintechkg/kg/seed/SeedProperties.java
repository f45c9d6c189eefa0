package com.fintechkg.kg.seed;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code fintechkg.seed.*}: when to load the seed, and from where.
 *
 * @param mode {@code if-empty} loads only into a database without entities; {@code always} applies the seed on
 * every start (seeded facts are updated and seeded facts no longer in the seed removed; curated ones are kept);
 * {@code never} skips loading (constraints and indexes are still ensured)
 * @param location a directory: {@code classpath:graph-seed/} (the bundled seed), {@code file:/path/} or a plain path
 */
@ConfigurationProperties("fintechkg.seed")
public record SeedProperties(@DefaultValue("if-empty") SeedMode mode,
		@DefaultValue("classpath:graph-seed/") String location) {

	public enum SeedMode {

		IF_EMPTY, ALWAYS, NEVER

	}

	/** The location as a resource URL that names a directory (ends in '/'). */
	public String directoryLocation() {
		String url = this.location.strip();
		if (!url.startsWith("classpath:") && !url.startsWith("file:")) {
			url = "file:" + url;
		}
		return url.endsWith("/") ? url : url + "/";
	}

}

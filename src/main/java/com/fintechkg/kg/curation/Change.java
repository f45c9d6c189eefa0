package com.fintechkg.kg.curation;

import com.fintechkg.kg.stored.Citation;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;

/** One recorded curated change: who, when, what, citing which passage, and the target's state before it. */
record Change(String id, String at, String by, String action, String target, int version, Citation citation,
		@Nullable String reason, @Nullable String before) {

	static Change from(Value c) {
		return new Change(c.get("id").asString(), c.get("at").asObject().toString(), c.get("by").asString(),
				c.get("action").asString(), c.get("target").asString(), c.get("version").asInt(),
				new Citation(c.get("citationSource").asString(), c.get("citationSection").asString(),
						c.get("citationQuote").asString()),
				c.get("reason").asString(null), c.get("before").asString(null));
	}

}

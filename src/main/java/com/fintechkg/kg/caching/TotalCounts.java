package com.fintechkg.kg.caching;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * The {@code totalCount}s of lists, kept per {@link GraphVersion}: a count is run once per graph version and
 * question, not on every request (at 1,000,000 entities, counting the 87,581 banks of a category-filtered page
 * cost more than the page itself, docs/performance.md). The graph changes only through a seed load or a curated
 * write, and each changes the version, so a kept count is never stale; the next request after a change counts again.
 *
 * <p>
 * A count is known by its statement and parameters: the same question gives the same key on every read path (a
 * statement per level or one per root field), which call {@link #count} with the count they would run. The version
 * is read before counting, so a write that commits while a count runs leaves that count under the version before
 * it, where no later request looks.
 */
@Component
public class TotalCounts {

	/** The most counts kept; beyond it the least recently used goes (a count costs one statement to get back). */
	static final int MAX_COUNTS = 10_000;

	private record Key(String version, String statement, Map<String, @Nullable Object> parameters) {
	}

	private final GraphVersion version;

	private final Map<Key, Long> counts = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<Key, Long> eldest) {
			return size() > MAX_COUNTS;
		}

	});

	private volatile String latest = "";

	TotalCounts(GraphVersion version) {
		this.version = version;
	}

	/**
	 * The number {@code counter} gives for the count {@code statement} with {@code parameters}: run at most once per
	 * graph version (and kept while among the {@value #MAX_COUNTS} most recently used).
	 */
	public long count(String statement, Map<String, ? extends @Nullable Object> parameters, LongSupplier counter) {
		String current = this.version.current();
		if (!current.equals(this.latest)) {
			this.latest = current;
			synchronized (this.counts) {
				this.counts.keySet().removeIf((key) -> !key.version().equals(current));
			}
		}
		Key key = new Key(current, statement, Collections.unmodifiableMap(new HashMap<>(parameters)));
		Long known = this.counts.get(key);
		if (known != null) {
			return known;
		}
		long counted = counter.getAsLong();
		this.counts.put(key, counted);
		return counted;
	}

}

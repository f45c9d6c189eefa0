package com.fintechkg.kg.export;

import java.util.List;
import java.util.Map;

import com.fintechkg.kg.stored.Citation;
import org.jspecify.annotations.Nullable;

/**
 * A relationship as exported: id, type, the ids of its ends, its citations (in order), and every other stored
 * property (plain Java values, as in {@link ExportNode}).
 */
record ExportRelation(String id, String type, String from, String to, Map<String, Object> properties,
		List<Citation> citations) {

	/** The first citation, or null when the relationship has none. */
	@Nullable Citation citation() {
		return this.citations.isEmpty() ? null : this.citations.getFirst();
	}

	@Nullable String text(String key) {
		Object value = this.properties.get(key);
		return (value != null) ? value.toString() : null;
	}

	@Nullable Double number(String key) {
		return (this.properties.get(key) instanceof Number number) ? number.doubleValue() : null;
	}

}

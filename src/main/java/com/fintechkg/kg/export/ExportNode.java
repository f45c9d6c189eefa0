package com.fintechkg.kg.export;

import java.util.List;
import java.util.Map;

import com.fintechkg.kg.stored.Citation;
import org.jspecify.annotations.Nullable;

/**
 * An entity as exported: id, kind, labels, citations, and every other stored property (plain Java values:
 * strings, longs, doubles, booleans, lists; temporal values as ISO-8601 text) in a stable order.
 */
record ExportNode(String id, String kind, List<String> labels, Map<String, Object> properties,
		List<Citation> citations) {

	@Nullable String text(String key) {
		Object value = this.properties.get(key);
		return (value != null) ? value.toString() : null;
	}

	List<String> texts(String key) {
		return (this.properties.get(key) instanceof List<?> list) ? list.stream().map(String::valueOf).toList()
				: List.of();
	}

	@Nullable Double number(String key) {
		return (this.properties.get(key) instanceof Number number) ? number.doubleValue() : null;
	}

}

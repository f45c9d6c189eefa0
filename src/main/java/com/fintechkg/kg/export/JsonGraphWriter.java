package com.fintechkg.kg.export;

import java.io.OutputStream;
import java.util.List;
import java.util.Map;

import com.fintechkg.kg.stored.Citation;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Streams {@code {"nodes": [...], "relationships": [...]}} with Jackson's generator: each node with its id,
 * kind, labels, every stored property and its citations; each relationship with its id, type, ends, properties
 * and citation.
 */
final class JsonGraphWriter implements AutoCloseable {

	private static final JsonMapper json = JsonMapper.builder().build();

	private final JsonGenerator out;

	JsonGraphWriter(OutputStream out) {
		this.out = json.createGenerator(out, JsonEncoding.UTF8);
		this.out.writeStartObject();
		this.out.writeArrayPropertyStart("nodes");
	}

	void node(ExportNode node) {
		this.out.writeStartObject();
		this.out.writeStringProperty("id", node.id());
		this.out.writeStringProperty("kind", node.kind());
		this.out.writeName("labels");
		value(node.labels());
		properties(node.properties());
		this.out.writeArrayPropertyStart("citations");
		node.citations().forEach(this::citation);
		this.out.writeEndArray();
		this.out.writeEndObject();
	}

	void startRelationships() {
		this.out.writeEndArray();
		this.out.writeArrayPropertyStart("relationships");
	}

	void relationship(ExportRelation relation) {
		this.out.writeStartObject();
		this.out.writeStringProperty("id", relation.id());
		this.out.writeStringProperty("type", relation.type());
		this.out.writeStringProperty("from", relation.from());
		this.out.writeStringProperty("to", relation.to());
		properties(relation.properties());
		Citation first = relation.citation();
		if (first != null) {
			this.out.writeName("citation");
			citation(first);
		}
		this.out.writeArrayPropertyStart("citations");
		relation.citations().forEach(this::citation);
		this.out.writeEndArray();
		this.out.writeEndObject();
	}

	private void properties(Map<String, Object> properties) {
		properties.forEach((key, value) -> {
			this.out.writeName(key);
			value(value);
		});
	}

	private void citation(Citation citation) {
		this.out.writeStartObject();
		this.out.writeStringProperty("source", citation.source());
		this.out.writeStringProperty("section", citation.section());
		this.out.writeStringProperty("quote", citation.quote());
		this.out.writeEndObject();
	}

	private void value(Object value) {
		switch (value) {
			case String text -> this.out.writeString(text);
			case Long number -> this.out.writeNumber(number);
			case Double number -> this.out.writeNumber(number);
			case Boolean flag -> this.out.writeBoolean(flag);
			case List<?> list -> {
				this.out.writeStartArray();
				list.forEach(this::value);
				this.out.writeEndArray();
			}
			default -> this.out.writeString(value.toString());
		}
	}

	@Override
	public void close() {
		this.out.writeEndArray();
		this.out.writeEndObject();
		this.out.close();
	}

}

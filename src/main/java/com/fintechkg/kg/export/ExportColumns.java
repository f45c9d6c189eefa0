package com.fintechkg.kg.export;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fintechkg.kg.stored.Citation;
import com.fintechkg.kg.stored.StoredEntity;
import com.fintechkg.kg.stored.StoredProvenance;
import com.fintechkg.kg.stored.StoredRelation;
import org.jspecify.annotations.Nullable;

/**
 * The fixed columns of the CSV and GraphML exports (the JSON export carries every property). Headers follow the
 * {@code neo4j-admin database import} conventions, so the two CSV files import as they are:
 * {@code id:ID}, {@code :LABEL}, {@code :START_ID}, {@code :END_ID}, {@code :TYPE} and typed columns
 * ({@code :double}, {@code :long}, {@code :datetime}, {@code :string[]}). List values are joined with
 * {@value #LIST_DELIMITER}, neo4j-admin's default array delimiter.
 */
final class ExportColumns {

	static final String LIST_DELIMITER = ";";

	/** A column's value type: its neo4j-admin header suffix and its GraphML {@code attr.type}. */
	enum Type {

		STRING("", "string"), STRING_LIST(":string[]", "string"), DOUBLE(":double", "double"), LONG(":long", "long"),
		DATETIME(":datetime", "string");

		final String csvSuffix;

		final String graphMlType;

		Type(String csvSuffix, String graphMlType) {
			this.csvSuffix = csvSuffix;
			this.graphMlType = graphMlType;
		}

	}

	record Column(String name, Type type) {

		String csvHeader() {
			return this.name + this.type.csvSuffix;
		}

	}

	/** Node properties after {@code id}, labels and {@code kind}; citations follow as three parallel lists. */
	static final List<Column> NODE = List.of(new Column(StoredEntity.NAME, Type.STRING),
			new Column(StoredEntity.NAME_ZH, Type.STRING), new Column(StoredEntity.ALIASES, Type.STRING_LIST),
			new Column(StoredEntity.CATEGORY, Type.STRING), new Column(StoredEntity.DESCRIPTION, Type.STRING),
			new Column(StoredEntity.VALUE, Type.DOUBLE), new Column(StoredEntity.UNIT, Type.STRING),
			new Column(StoredEntity.PERIOD, Type.STRING), new Column(StoredProvenance.ORIGIN, Type.STRING),
			new Column(StoredProvenance.VERSION, Type.LONG), new Column(StoredProvenance.CREATED_AT, Type.DATETIME),
			new Column(StoredProvenance.UPDATED_AT, Type.DATETIME), new Column(StoredProvenance.UPDATED_BY, Type.STRING));

	/** The node's citations, as the database stores them. */
	static final List<Column> CITATIONS = StoredEntity.CITATION_PROPERTIES.stream()
		.map((name) -> new Column(name, Type.STRING_LIST))
		.toList();

	/** Relationship properties after its ends, type and {@code id}; its citations follow. */
	static final List<Column> RELATIONSHIP = List.of(new Column(StoredRelation.DATE, Type.STRING),
			new Column(StoredRelation.VALUE, Type.DOUBLE), new Column(StoredRelation.UNIT, Type.STRING),
			new Column(StoredRelation.ROLE, Type.STRING),
			new Column(StoredProvenance.ORIGIN, Type.STRING), new Column(StoredProvenance.VERSION, Type.LONG),
			new Column(StoredProvenance.CREATED_AT, Type.DATETIME), new Column(StoredProvenance.UPDATED_AT, Type.DATETIME),
			new Column(StoredProvenance.UPDATED_BY, Type.STRING));

	/** The relationship's citations, as the database stores them (the same parallel lists as a node's). */
	static final List<Column> RELATION_CITATIONS = StoredRelation.CITATION_PROPERTIES.stream()
		.map((name) -> new Column(name, Type.STRING_LIST))
		.toList();

	private ExportColumns() {
	}

	static List<String> nodeHeader() {
		List<String> header = new ArrayList<>(List.of("id:ID", ":LABEL", "kind"));
		NODE.forEach((column) -> header.add(column.csvHeader()));
		CITATIONS.forEach((column) -> header.add(column.csvHeader()));
		return header;
	}

	static List<@Nullable String> nodeRow(ExportNode node) {
		List<@Nullable String> row = new ArrayList<>(List.of(node.id(), String.join(LIST_DELIMITER, node.labels()),
				node.kind()));
		NODE.forEach((column) -> row.add(cell(node.properties().get(column.name()))));
		row.addAll(citations(node.citations()));
		return row;
	}

	/** The citations' sources, sections and quotes, each list joined. */
	static List<String> citations(List<Citation> citations) {
		return List.of(join(citations, Citation::source), join(citations, Citation::section),
				join(citations, Citation::quote));
	}

	static List<String> relationshipHeader() {
		List<String> header = new ArrayList<>(List.of(":START_ID", ":END_ID", ":TYPE", "id"));
		RELATIONSHIP.forEach((column) -> header.add(column.csvHeader()));
		RELATION_CITATIONS.forEach((column) -> header.add(column.csvHeader()));
		return header;
	}

	static List<@Nullable String> relationshipRow(ExportRelation relation) {
		List<@Nullable String> row = new ArrayList<>(List.of(relation.from(), relation.to(), relation.type(),
				relation.id()));
		RELATIONSHIP.forEach((column) -> row.add(cell(relation.properties().get(column.name()))));
		row.addAll(citations(relation.citations()));
		return row;
	}

	/** A property value as text: lists joined with {@value #LIST_DELIMITER}; null for an absent value or empty list. */
	static @Nullable String cell(@Nullable Object value) {
		if (value == null || (value instanceof List<?> list && list.isEmpty())) {
			return null;
		}
		if (value instanceof List<?> list) {
			return list.stream().map(String::valueOf).collect(Collectors.joining(LIST_DELIMITER));
		}
		return value.toString();
	}

	private static String join(List<Citation> citations, Function<Citation, String> part) {
		return citations.stream().map(part).collect(Collectors.joining(LIST_DELIMITER));
	}

}

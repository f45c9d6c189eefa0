package com.fintechkg.kg.export;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fintechkg.kg.stored.Citation;
import com.fintechkg.kg.stored.StoredEntity;
import com.fintechkg.kg.stored.StoredRelation;
import com.fintechkg.kg.vocabulary.Kind;
import org.jspecify.annotations.Nullable;

/**
 * Writes the graph-seed/ files in the layout curators write by hand (graph-seed/README.md): block-style entities
 * with double-quoted text, one flow mapping per relation over two lines, the vocabulary aligned by type. Exporting
 * a database loaded from a seed gives that seed's files back, so a diff after curation shows only what changed.
 * Text is double-quoted with YAML escapes for quotes, backslashes, control and line-break characters, so any string
 * reads back unchanged; ids and type names stay plain when they are in the validator's form.
 */
final class SeedYaml {

	static final String MANIFEST_HEADER = """
			# FinTech KG seed manifest. Bump `version` with every change to the seed; the service records it
			# in the graph (SeedInfo node) and reports it in /actuator/info and the stats query.
			""";

	static final String SOURCES_HEADER = """
			# yaml-language-server: $schema=schema/sources.schema.json
			# Documents the graph cites. `file` is the document's text, relative to this folder: the loader
			# checks that every quote occurs in it verbatim (whitespace ignored).
			""";

	private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private static final Pattern TYPE_NAME = Pattern.compile("[A-Z][A-Z_]*");

	private static final Pattern NUMBER_LIKE = Pattern.compile("\\d+|0x[0-9a-f]+|\\d+e\\d+");

	private static final Set<String> SPECIAL_WORDS = Set.of("null", "~", "true", "false", "yes", "no", "on", "off",
			"y", "n");

	private static final String INDICATORS = "-?:,[]{}#&*!|>'\"%@`<=.~";

	private SeedYaml() {
	}

	static String manifest(String version, String defaultSource) {
		return MANIFEST_HEADER + "version: " + scalar(version) + "\n"
				+ "# Citations without an explicit `source` cite this document (see sources.yaml).\n"
				+ "defaultSource: " + scalar(defaultSource) + "\n";
	}

	/** One source: its stored properties ({@code id, title, titleEn, publisher, date, language}) and its file. */
	record SourceEntry(Map<String, Object> properties, @Nullable String file) {
	}

	static String sources(List<SourceEntry> sources) {
		StringBuilder yaml = new StringBuilder(SOURCES_HEADER).append("sources:\n");
		for (SourceEntry source : sources) {
			String indent = "  - ";
			for (String key : List.of("id", "title", "titleEn", "publisher", "date", "language")) {
				Object value = source.properties().get(key);
				if (value != null) {
					yaml.append(indent).append(key).append(": ").append(scalar(value.toString())).append('\n');
					indent = "    ";
				}
			}
			if (source.file() != null) {
				yaml.append(indent).append("file: ").append(scalar(source.file())).append('\n');
			}
		}
		return yaml.toString();
	}

	static String entitiesHeader(Kind kind) {
		return "# yaml-language-server: $schema=schema/entities.schema.json\nkind: " + kind.name() + "\nentities:\n";
	}

	static String entity(ExportNode node, String defaultSource) {
		StringBuilder yaml = new StringBuilder("  - id: ").append(token(node.id(), ID)).append('\n');
		field(yaml, "name", node.text(StoredEntity.NAME));
		field(yaml, "nameZh", node.text(StoredEntity.NAME_ZH));
		yaml.append("    aliases: [")
			.append(node.texts(StoredEntity.ALIASES).stream().map(SeedYaml::quoted).collect(Collectors.joining(", ")))
			.append("]\n");
		field(yaml, "category", node.text(StoredEntity.CATEGORY));
		field(yaml, "description", node.text(StoredEntity.DESCRIPTION));
		Double value = node.number(StoredEntity.VALUE);
		if (value != null) {
			yaml.append("    value: ").append(number(value)).append('\n');
		}
		field(yaml, "unit", node.text(StoredEntity.UNIT));
		field(yaml, "period", node.text(StoredEntity.PERIOD));
		if (node.citations().isEmpty()) {
			return yaml.append("    citations: []\n").toString();
		}
		yaml.append("    citations:\n");
		for (Citation citation : node.citations()) {
			yaml.append("      - section: ").append(quoted(citation.section())).append('\n');
			yaml.append("        quote: ").append(quoted(citation.quote())).append('\n');
			if (!citation.source().equals(defaultSource)) {
				yaml.append("        source: ").append(token(citation.source(), ID)).append('\n');
			}
		}
		return yaml.toString();
	}

	static String relationsHeader() {
		return "# yaml-language-server: $schema=schema/relations.schema.json\nrelations:\n";
	}

	/**
	 * One relation, in the layout of {@code relations.yaml}: a relation citing one passage in the shorthand
	 * ({@code section: …} in the first line, {@code quote: …} in the second), one citing several with a
	 * {@code citations:} list, one passage a line.
	 */
	static String relation(ExportRelation relation, String defaultSource) {
		StringBuilder yaml = new StringBuilder("  - {from: ").append(token(relation.from(), ID))
			.append(", type: ").append(token(relation.type(), TYPE_NAME))
			.append(", to: ").append(token(relation.to(), ID));
		String date = relation.text(StoredRelation.DATE);
		if (date != null) {
			yaml.append(", date: ").append(quoted(date));
		}
		String role = relation.text(StoredRelation.ROLE);
		if (role != null) {
			yaml.append(", role: ").append(token(role, ID));
		}
		List<Citation> citations = relation.citations();
		Citation citation = relation.citation();
		boolean shorthand = citations.size() <= 1;
		if (shorthand) {
			yaml.append(", section: ").append(quoted((citation != null) ? citation.section() : ""));
		}
		Double value = relation.number(StoredRelation.VALUE);
		if (value != null) {
			yaml.append(", value: ").append(number(value));
		}
		String unit = relation.text(StoredRelation.UNIT);
		if (unit != null) {
			yaml.append(", unit: ").append(quoted(unit));
		}
		if (shorthand) {
			if (citation != null && !citation.source().equals(defaultSource)) {
				yaml.append(", source: ").append(token(citation.source(), ID));
			}
			return yaml.append(",\n     quote: ").append(quoted((citation != null) ? citation.quote() : ""))
				.append("}\n")
				.toString();
		}
		yaml.append(",\n     citations: [");
		for (int i = 0; i < citations.size(); i++) {
			Citation each = citations.get(i);
			yaml.append((i == 0) ? "" : ",\n       ").append("{section: ").append(quoted(each.section()));
			if (!each.source().equals(defaultSource)) {
				yaml.append(", source: ").append(token(each.source(), ID));
			}
			yaml.append(", quote: ").append(quoted(each.quote())).append('}');
		}
		return yaml.append("]}\n").toString();
	}

	private static void field(StringBuilder yaml, String key, @Nullable String value) {
		if (value != null) {
			yaml.append("    ").append(key).append(": ").append(quoted(value)).append('\n');
		}
	}

	/** A number as written: integers without a fraction ({@code 31}), others in Java's shortest form ({@code 6.7}). */
	static String number(double value) {
		if (value == Math.rint(value) && Math.abs(value) < 1e15) {
			return Long.toString((long) value);
		}
		return Double.toString(value);
	}

	/** An id or type name plain when it has the validator's form and YAML cannot read it as anything but text. */
	static String token(String text, Pattern form) {
		boolean plain = form.matcher(text).matches() && !SPECIAL_WORDS.contains(text.toLowerCase(Locale.ROOT))
				&& !NUMBER_LIKE.matcher(text).matches();
		return plain ? text : quoted(text);
	}

	/** Plain when YAML reads it back as the same string, else double-quoted. */
	static String scalar(String text) {
		return isPlainSafe(text) ? text : quoted(text);
	}

	private static boolean isPlainSafe(String text) {
		if (text.isEmpty() || !text.equals(text.strip()) || SPECIAL_WORDS.contains(text.toLowerCase(Locale.ROOT))) {
			return false;
		}
		char first = text.charAt(0);
		if (Character.isDigit(first) || INDICATORS.indexOf(first) >= 0 || text.endsWith(":")) {
			return false;
		}
		if (text.contains(": ") || text.contains(" #")) {
			return false;
		}
		return text.codePoints().allMatch((codePoint) -> codePoint >= 0x20 && codePoint != 0x7F && isPrintable(codePoint)
				&& codePoint != 0x85 && codePoint != 0x2028 && codePoint != 0x2029 && codePoint != 0xFEFF);
	}

	/** A YAML double-quoted scalar; every character that is not printable, or breaks a line, is escaped. */
	static String quoted(String text) {
		StringBuilder yaml = new StringBuilder(text.length() + 2).append('"');
		text.codePoints().forEach((codePoint) -> {
			switch (codePoint) {
				case '"' -> yaml.append("\\\"");
				case '\\' -> yaml.append("\\\\");
				case '\t' -> yaml.append("\\t");
				case '\n' -> yaml.append("\\n");
				case '\r' -> yaml.append("\\r");
				case 0x85 -> yaml.append("\\N");
				case 0x2028 -> yaml.append("\\L");
				case 0x2029 -> yaml.append("\\P");
				case 0xFEFF -> yaml.append("\\uFEFF");
				default -> {
					if (isPrintable(codePoint)) {
						yaml.appendCodePoint(codePoint);
					}
					else if (codePoint <= 0xFF) {
						yaml.append(String.format(Locale.ROOT, "\\x%02X", codePoint));
					}
					else if (codePoint <= 0xFFFF) {
						yaml.append(String.format(Locale.ROOT, "\\u%04X", codePoint));
					}
					else {
						yaml.append(String.format(Locale.ROOT, "\\U%08X", codePoint));
					}
				}
			}
		});
		return yaml.append('"').toString();
	}

	/** YAML's printable characters, less the ones this writer always escapes. */
	private static boolean isPrintable(int codePoint) {
		return (codePoint >= 0x20 && codePoint <= 0x7E) || (codePoint >= 0xA0 && codePoint <= 0xD7FF)
				|| (codePoint >= 0xE000 && codePoint <= 0xFFFD && codePoint != 0xFEFF)
				|| (codePoint >= 0x10000 && codePoint <= 0x10FFFF);
	}

}

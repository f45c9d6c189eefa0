package com.fintechkg.kg.seed;

import java.util.List;

import com.fintechkg.kg.vocabulary.Kind;
import com.fintechkg.kg.vocabulary.Vocabulary;
import org.jspecify.annotations.Nullable;

/**
 * The records a seed directory is read into. Each record keeps the {@link Origin} it was read from so
 * that every validation problem can name its file and line.
 */
public final class SeedModel {

	private SeedModel() {
	}

	/** Where a record was read from: file relative to the seed directory, and 1-based line. */
	public record Origin(String file, int line) {

		@Override
		public String toString() {
			return this.file + ":" + this.line;
		}

	}

	/** A section and verbatim quote of a source document. */
	public record Citation(String source, String section, String quote) {
	}

	public record Source(String id, String title, @Nullable String titleEn, String publisher, @Nullable String date,
			@Nullable String language, @Nullable String file, Origin origin) {
	}

	public record Entity(String id, Kind kind, String name, String nameZh, List<String> aliases,
			@Nullable String category, String description, List<Citation> citations, @Nullable Double value,
			@Nullable String unit, @Nullable String period, Origin origin) {
	}

	public record Relation(String from, String type, String to, @Nullable String date, Citation citation,
			@Nullable Double value, @Nullable String unit, Origin origin) {

		/** Stable id of the relation: one relation per (from, type, to). */
		public String id() {
			return id(this.from, this.type, this.to);
		}

		public static String id(String from, String type, String to) {
			return from + ":" + type + ":" + to;
		}

	}

	/** A whole seed: manifest, sources, vocabulary, entities and relations. */
	public record Seed(String version, String defaultSource, String checksum, List<Source> sources,
			Vocabulary vocabulary, List<Entity> entities, List<Relation> relations) {
	}

}

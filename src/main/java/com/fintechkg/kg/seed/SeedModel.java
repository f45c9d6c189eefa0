package com.fintechkg.kg.seed;

import java.util.List;

import com.fintechkg.kg.stored.Citation;
import com.fintechkg.kg.stored.StoredEntity;
import com.fintechkg.kg.stored.StoredRelation;
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

	public record Source(String id, String title, @Nullable String titleEn, String publisher, @Nullable String date,
			@Nullable String language, @Nullable String file, Origin origin) {
	}

	/**
	 * An entity of the seed.
	 *
	 * @param group true for a group the text names collectively (国内银行, 金融机构), which {@code ONE_OF} relations
	 * point to
	 * @param date when an event took place ({@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}), on kinds that
	 * declare the property
	 */
	public record Entity(String id, Kind kind, String name, String nameZh, List<String> aliases,
			@Nullable String category, boolean group, String description, List<Citation> citations,
			@Nullable Double value, @Nullable String unit, @Nullable String period, @Nullable String date,
			Origin origin) {

		/** The facts the graph stores for this entity. */
		public StoredEntity stored() {
			return new StoredEntity(this.id, this.kind.name(), this.name, this.nameZh, this.aliases, this.category,
					this.group, this.description, this.citations, this.value, this.unit, this.period, this.date);
		}

	}

	/**
	 * A relation with its citations (at least one, in the order the seed lists them) and optional facts; {@code role}
	 * only for types whose vocabulary entry declares it.
	 */
	public record Relation(String from, String type, String to, @Nullable String date, List<Citation> citations,
			@Nullable Double value, @Nullable String unit, @Nullable String role, Origin origin) {

		public Relation {
			citations = List.copyOf(citations);
		}

		/** A relation citing one passage, with no role (the seed's one-citation shorthand). */
		public Relation(String from, String type, String to, @Nullable String date, Citation citation,
				@Nullable Double value, @Nullable String unit, Origin origin) {
			this(from, type, to, date, List.of(citation), value, unit, null, origin);
		}

		/** Stable id of the relation: one relation per (from, type, to). */
		public String id() {
			return StoredRelation.id(this.from, this.type, this.to);
		}

		/** The facts the graph stores for this relation. */
		public StoredRelation stored() {
			return new StoredRelation(this.from, this.type, this.to, this.citations, this.date, this.value, this.unit,
					this.role);
		}

	}

	/** A whole seed: manifest, sources, vocabulary, entities and relations. */
	public record Seed(String version, String defaultSource, String checksum, List<Source> sources,
			Vocabulary vocabulary, List<Entity> entities, List<Relation> relations) {
	}

}

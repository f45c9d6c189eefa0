package com.fintechkg.kg.filter;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fintechkg.kg.filter.Filters.DateFilter;
import com.fintechkg.kg.filter.Filters.EntityWhere;
import com.fintechkg.kg.filter.Filters.FloatFilter;
import com.fintechkg.kg.filter.Filters.IdFilter;
import com.fintechkg.kg.filter.Filters.KindFilter;
import com.fintechkg.kg.filter.Filters.RelationWhere;
import com.fintechkg.kg.filter.Filters.StringFilter;
import com.fintechkg.kg.graphql.InvalidArgumentException;
import com.fintechkg.kg.vocabulary.Kind;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What each {@code where} input means as a Cypher condition, shown with the parameters written in (so
 * {@code e.name = 'Ant Group'} reads "the name equals the value the client sent"); that every client value travels
 * as a parameter; and the limits on nesting and list sizes. These are the conditions' text: what they select in a
 * real graph is specified by the API tests against the database.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class CypherFilterUnitTests {

	private final Map<String, Object> parameters = new LinkedHashMap<>();

	private final CypherFilter filter = new CypherFilter(this.parameters, "f");

	@Nested
	class OnEntities {

		@Test
		void noFilterSelectsEverything() {
			assertThat(entity((EntityWhere) null)).isEqualTo("true");
			assertThat(entity(entityWhere())).isEqualTo("true");
			assertThat(CypherFilterUnitTests.this.parameters).isEmpty();
		}

		@Test
		void idMatchesOneOrAnyOfAList() {
			assertThat(entity(entityWhere().id(new IdFilter("icbc", null)))).isEqualTo("e.id = 'icbc'");
			assertThat(entity(entityWhere().id(new IdFilter(null, List.of("icbc", "abc")))))
				.isEqualTo("e.id IN ['icbc', 'abc']");
			assertThat(entity(entityWhere().id(new IdFilter("icbc", List.of("abc")))))
				.isEqualTo("(e.id = 'icbc' AND e.id IN ['abc'])");
			assertThat(entity(entityWhere().id(new IdFilter(null, null)))).isEqualTo("true");
		}

		@Test
		void kindComparesTheStoredTypeNameNotTheGraphQlSpelling() {
			assertThat(entity(entityWhere().kind(new KindFilter(Kind.of("Institution"), null))))
				.isEqualTo("e.kind = 'Institution'");
			assertThat(entity(entityWhere().kind(new KindFilter(null, List.of(Kind.of("Product"), Kind.of("Region"))))))
				.isEqualTo("e.kind IN ['Product', 'Region']");
			assertThat(entity(entityWhere().kind(new KindFilter(Kind.of("Product"), List.of(Kind.of("Region"))))))
				.isEqualTo("(e.kind = 'Product' AND e.kind IN ['Region'])");
			assertThat(entity(entityWhere().kind(new KindFilter(null, null)))).isEqualTo("true");
		}

		@Test
		void textMatchesExactlyOrCaseInsensitivelyByContainsAndPrefix() {
			assertThat(entity(entityWhere().name(new StringFilter("Ant Group", null, null, null))))
				.isEqualTo("e.name = 'Ant Group'");
			assertThat(entity(entityWhere().name(new StringFilter(null, List.of("A", "B"), null, null))))
				.isEqualTo("e.name IN ['A', 'B']");
			assertThat(entity(entityWhere().name(new StringFilter(null, null, "bank", null))))
				.isEqualTo("toLower(e.name) CONTAINS toLower('bank')");
			assertThat(entity(entityWhere().name(new StringFilter(null, null, null, "China"))))
				.isEqualTo("toLower(e.name) STARTS WITH toLower('China')");
			assertThat(entity(entityWhere().name(new StringFilter(null, null, "bank", "China"))))
				.isEqualTo("(toLower(e.name) CONTAINS toLower('bank') AND toLower(e.name) STARTS WITH toLower('China'))");
			assertThat(entity(entityWhere().name(new StringFilter(null, null, null, null)))).isEqualTo("true");
		}

		@Test
		void everyTextFieldFiltersItsOwnProperty() {
			StringFilter eq = new StringFilter("x", null, null, null);
			assertThat(entity(entityWhere().nameZh(eq))).isEqualTo("e.nameZh = 'x'");
			assertThat(entity(entityWhere().category(eq))).isEqualTo("e.category = 'x'");
			assertThat(entity(entityWhere().description(eq))).isEqualTo("e.description = 'x'");
			assertThat(entity(entityWhere().unit(eq))).isEqualTo("e.unit = 'x'");
			assertThat(entity(entityWhere().period(eq))).isEqualTo("e.period = 'x'");
		}

		@Test
		void anAliasFilterHoldsWhenAnyAliasMatches() {
			assertThat(entity(entityWhere().alias(new StringFilter(null, null, "工行", null))))
				.isEqualTo("any(alias IN coalesce(e.aliases, []) WHERE toLower(alias) CONTAINS toLower('工行'))");
			assertThat(entity(entityWhere().alias(new StringFilter(null, null, null, null)))).isEqualTo("true");
		}

		@Test
		void figuresCompareByValueAndInclusiveBounds() {
			assertThat(entity(entityWhere().value(new FloatFilter(1.5, null, null, null)))).isEqualTo("e.value = 1.5");
			assertThat(entity(entityWhere().value(new FloatFilter(null, List.of(1.0, 2.0), null, null))))
				.isEqualTo("e.value IN [1.0, 2.0]");
			assertThat(entity(entityWhere().value(new FloatFilter(null, null, 10.0, null)))).isEqualTo("e.value >= 10.0");
			assertThat(entity(entityWhere().value(new FloatFilter(null, null, null, 20.0)))).isEqualTo("e.value <= 20.0");
			assertThat(entity(entityWhere().value(new FloatFilter(null, null, 10.0, 20.0))))
				.isEqualTo("(e.value >= 10.0 AND e.value <= 20.0)");
			assertThat(entity(entityWhere().value(new FloatFilter(null, null, null, null)))).isEqualTo("true");
		}

		@Test
		void fieldsOfOneFilterMustAllHold() {
			assertThat(entity(entityWhere().kind(new KindFilter(Kind.of("Institution"), null))
				.name(new StringFilter(null, null, "bank", null))))
				.isEqualTo("(e.kind = 'Institution' AND toLower(e.name) CONTAINS toLower('bank'))");
		}

		@Test
		void andOrAndNotCombineWholeFilters() {
			EntityWhere bank = entityWhere().name(new StringFilter(null, null, "bank", null)).build();
			EntityWhere region = entityWhere().kind(new KindFilter(Kind.of("Region"), null)).build();

			assertThat(entity(entityWhere().and(List.of(bank, region))))
				.isEqualTo("((toLower(e.name) CONTAINS toLower('bank')) AND (e.kind = 'Region'))");
			assertThat(entity(entityWhere().or(List.of(bank, region))))
				.isEqualTo("((toLower(e.name) CONTAINS toLower('bank')) OR (e.kind = 'Region'))");
			assertThat(entity(entityWhere().not(region))).isEqualTo("NOT (e.kind = 'Region')");
		}

		@Test
		void anEmptyOrSelectsNothingAndAnEmptyAndEverything() {
			assertThat(entity(entityWhere().or(List.of()))).isEqualTo("false");
			assertThat(entity(entityWhere().and(List.of()))).isEqualTo("true");
		}

		@Test
		void nestingIsBoundedAtEightLevels() {
			assertThat(entity(nestedNot(CypherFilter.MAX_DEPTH))).startsWith("NOT (NOT (");
			assertThat(entity(nestedAnd(CypherFilter.MAX_DEPTH))).contains("e.id = 'x'");
			assertThat(entity(nestedOr(CypherFilter.MAX_DEPTH))).contains("e.id = 'x'");

			assertThatExceptionOfType(InvalidArgumentException.class)
				.isThrownBy(() -> entity(nestedNot(CypherFilter.MAX_DEPTH + 1)))
				.withMessage("Argument 'where' nests AND/OR/NOT deeper than 8 levels");
			assertThatExceptionOfType(InvalidArgumentException.class)
				.isThrownBy(() -> entity(nestedAnd(CypherFilter.MAX_DEPTH + 1)))
				.withMessage("Argument 'where' nests AND/OR/NOT deeper than 8 levels");
			assertThatExceptionOfType(InvalidArgumentException.class)
				.isThrownBy(() -> entity(nestedOr(CypherFilter.MAX_DEPTH + 1)))
				.withMessage("Argument 'where' nests AND/OR/NOT deeper than 8 levels");
		}

		@Test
		void listsAreBoundedAtAThousandValues() {
			assertThat(entity(entityWhere().id(new IdFilter(null, ids(CypherFilter.MAX_LIST))))).startsWith("e.id IN [");
			assertThat(entity(entityWhere().or(Collections.nCopies(CypherFilter.MAX_LIST, entityWhere().build()))))
				.startsWith("((true) OR ");

			assertThatExceptionOfType(InvalidArgumentException.class)
				.isThrownBy(() -> entity(entityWhere().id(new IdFilter(null, ids(CypherFilter.MAX_LIST + 1)))))
				.withMessage("Filter 'in' takes at most 1000 values, got 1001");
			assertThatExceptionOfType(InvalidArgumentException.class)
				.isThrownBy(() -> entity(entityWhere().name(new StringFilter(null, ids(1001), null, null))))
				.withMessage("Filter 'in' takes at most 1000 values, got 1001");
			assertThatExceptionOfType(InvalidArgumentException.class)
				.isThrownBy(() -> entity(entityWhere().and(Collections.nCopies(1001, entityWhere().build()))))
				.withMessage("Filter 'AND' takes at most 1000 values, got 1001");
			assertThatExceptionOfType(InvalidArgumentException.class)
				.isThrownBy(() -> entity(entityWhere().or(Collections.nCopies(1001, entityWhere().build()))))
				.withMessage("Filter 'OR' takes at most 1000 values, got 1001");
		}

		private EntityWhere nestedNot(int levels) {
			EntityWhere where = entityWhere().id(new IdFilter("x", null)).build();
			for (int i = 0; i < levels; i++) {
				where = entityWhere().not(where).build();
			}
			return where;
		}

		private EntityWhere nestedAnd(int levels) {
			EntityWhere where = entityWhere().id(new IdFilter("x", null)).build();
			for (int i = 0; i < levels; i++) {
				where = entityWhere().and(List.of(where)).build();
			}
			return where;
		}

		private EntityWhere nestedOr(int levels) {
			EntityWhere where = entityWhere().id(new IdFilter("x", null)).build();
			for (int i = 0; i < levels; i++) {
				where = entityWhere().or(List.of(where)).build();
			}
			return where;
		}

	}

	@Nested
	class OnRelations {

		@Test
		void noFilterSelectsEverything() {
			assertThat(relation((RelationWhere) null)).isEqualTo("true");
			assertThat(relation(relationWhere())).isEqualTo("true");
		}

		@Test
		void idAndTypeFilterTheRelationship() {
			assertThat(relation(relationWhere().id(new IdFilter("icbc:RELEASED:icbc-model", null))))
				.isEqualTo("r.id = 'icbc:RELEASED:icbc-model'");
			assertThat(relation(relationWhere().type(new StringFilter("RELEASED", null, null, null))))
				.isEqualTo("type(r) = 'RELEASED'");
			assertThat(relation(relationWhere().type(new StringFilter(null, null, null, "PART")))).isEqualTo(
					"toLower(type(r)) STARTS WITH toLower('PART')");
		}

		@Test
		void fromAndFromKindFilterTheStartAndToAndToKindTheEnd() {
			assertThat(relation(relationWhere().from(new IdFilter("icbc", null)))).isEqualTo("a.id = 'icbc'");
			assertThat(relation(relationWhere().to(new IdFilter("large-model", null)))).isEqualTo("b.id = 'large-model'");
			assertThat(relation(relationWhere().fromKind(new KindFilter(Kind.of("Institution"), null))))
				.isEqualTo("a.kind = 'Institution'");
			assertThat(relation(relationWhere().toKind(new KindFilter(null, List.of(Kind.of("Technology"))))))
				.isEqualTo("b.kind IN ['Technology']");
		}

		@Test
		void entityMatchesEitherEnd() {
			assertThat(relation(relationWhere().entity(new IdFilter("icbc", null)))).isEqualTo("(a.id = 'icbc' OR b.id = 'icbc')");
			assertThat(relation(relationWhere().entity(new IdFilter(null, List.of("icbc", "abc")))))
				.isEqualTo("(a.id IN ['icbc', 'abc'] OR b.id IN ['icbc', 'abc'])");
			assertThat(relation(relationWhere().entity(new IdFilter(null, null)))).isEqualTo("true");
		}

		@Test
		void aDateMatchesExactlyByPrefixOrWithinInclusiveBoundsWhereAnUpperBoundCoversItsWholePeriod() {
			assertThat(relation(relationWhere().date(new DateFilter("2023-05", null, null, null))))
				.isEqualTo("r.date = '2023-05'");
			assertThat(relation(relationWhere().date(new DateFilter(null, null, null, "2023"))))
				.isEqualTo("r.date STARTS WITH '2023'");
			assertThat(relation(relationWhere().date(new DateFilter(null, "2022", null, null)))).isEqualTo("r.date >= '2022'");
			assertThat(relation(relationWhere().date(new DateFilter(null, null, "2023", null))))
				.as("'2023-05' sorts after '2023' but lies within it").isEqualTo("(r.date <= '2023' OR r.date STARTS WITH '2023')");
			assertThat(relation(relationWhere().date(new DateFilter(null, "2022", "2023", null))))
				.isEqualTo("(r.date >= '2022' AND (r.date <= '2023' OR r.date STARTS WITH '2023'))");
			assertThat(relation(relationWhere().date(new DateFilter(null, null, null, null)))).isEqualTo("true");
		}

		@Test
		void citationAndFigureFieldsFilterTheRelationship() {
			assertThat(relation(relationWhere().section(new StringFilter(null, null, null, "3.2")))).isEqualTo(
					"any(cited IN r.citationSections WHERE toLower(cited) STARTS WITH toLower('3.2'))");
			assertThat(relation(relationWhere().quote(new StringFilter(null, null, "大模型", null)))).isEqualTo(
					"any(cited IN r.citationQuotes WHERE toLower(cited) CONTAINS toLower('大模型'))");
			assertThat(relation(relationWhere().role(new StringFilter("early-mover", null, null, null)))).isEqualTo(
					"r.role = 'early-mover'");
			assertThat(relation(relationWhere().value(new FloatFilter(null, null, 1.0, null)))).isEqualTo("r.value >= 1.0");
		}

		@Test
		void andOrAndNotCombineWholeFilters() {
			RelationWhere released = relationWhere().type(new StringFilter("RELEASED", null, null, null)).build();
			RelationWhere fromBank = relationWhere().fromKind(new KindFilter(Kind.of("Institution"), null)).build();

			assertThat(relation(relationWhere().and(List.of(released, fromBank))))
				.isEqualTo("((type(r) = 'RELEASED') AND (a.kind = 'Institution'))");
			assertThat(relation(relationWhere().or(List.of(released, fromBank))))
				.isEqualTo("((type(r) = 'RELEASED') OR (a.kind = 'Institution'))");
			assertThat(relation(relationWhere().or(List.of()))).isEqualTo("false");
			assertThat(relation(relationWhere().and(List.of()))).isEqualTo("true");
			assertThat(relation(relationWhere().not(released).fromKind(new KindFilter(Kind.of("Region"), null))))
				.isEqualTo("(a.kind = 'Region' AND NOT (type(r) = 'RELEASED'))");
		}

		@Test
		void nestingIsBoundedAtEightLevels() {
			RelationWhere where = relationWhere().id(new IdFilter("x", null)).build();
			for (int i = 0; i < CypherFilter.MAX_DEPTH; i++) {
				where = relationWhere().not(where).build();
			}
			RelationWhere deepest = where;
			assertThat(relation(deepest)).endsWith("r.id = 'x'" + ")".repeat(CypherFilter.MAX_DEPTH));
			assertThatExceptionOfType(InvalidArgumentException.class)
				.isThrownBy(() -> relation(relationWhere().not(deepest).build()))
				.withMessage("Argument 'where' nests AND/OR/NOT deeper than 8 levels");
			assertThatExceptionOfType(InvalidArgumentException.class)
				.isThrownBy(() -> relation(relationWhere().and(List.of(deepest))))
				.withMessage("Argument 'where' nests AND/OR/NOT deeper than 8 levels");
			assertThatExceptionOfType(InvalidArgumentException.class)
				.isThrownBy(() -> relation(relationWhere().or(List.of(deepest))))
				.withMessage("Argument 'where' nests AND/OR/NOT deeper than 8 levels");
		}

	}

	@Test
	void everyClientValueIsAParameterNeverPartOfTheText() {
		String injection = "x' OR 1=1 //";
		String condition = this.filter.entity("e", entityWhere().name(new StringFilter(injection, List.of(injection),
				injection, injection)).alias(new StringFilter(injection, null, null, null)).build());

		assertThat(condition).doesNotContain(injection).doesNotContain("1=1");
		assertThat(Pattern.compile("\\$f\\d+").matcher(condition).results().count()).isEqualTo(5);
		assertThat(this.parameters).containsOnlyKeys("f0", "f1", "f2", "f3", "f4")
			.containsValues(injection, List.of(injection));
	}

	@Test
	void parametersAreNumberedOnFromTheFilterPrefixIntoTheQuerysOwnMap() {
		Map<String, Object> query = new LinkedHashMap<>(Map.of("first", 20));
		CypherFilter entities = new CypherFilter(query, "w");

		assertThat(entities.parameter("a")).isEqualTo("$w0");
		assertThat(entities.parameter("b")).isEqualTo("$w1");
		assertThat(entities.parameters()).isSameAs(query).containsEntry("first", 20).containsEntry("w0", "a")
			.containsEntry("w1", "b");
	}

	// --- helpers ------------------------------------------------------------------------------------------

	/** The condition with each parameter replaced by its value, written as a Cypher literal. */
	private String render(String condition) {
		Matcher matcher = Pattern.compile("\\$(f\\d+)").matcher(condition);
		StringBuilder rendered = new StringBuilder();
		while (matcher.find()) {
			assertThat(this.parameters).containsKey(matcher.group(1));
			matcher.appendReplacement(rendered, Matcher.quoteReplacement(literal(this.parameters.get(matcher.group(1)))));
		}
		matcher.appendTail(rendered);
		return rendered.toString();
	}

	private static String literal(Object value) {
		if (value instanceof String text) {
			return "'" + text + "'";
		}
		if (value instanceof List<?> list) {
			return list.stream().map(CypherFilterUnitTests::literal).collect(Collectors.joining(", ", "[", "]"));
		}
		return String.valueOf(value);
	}

	private String entity(EntityWhereBuilder where) {
		return entity(where.build());
	}

	private String entity(EntityWhere where) {
		return render(this.filter.entity("e", where));
	}

	private String relation(RelationWhereBuilder where) {
		return relation(where.build());
	}

	private String relation(RelationWhere where) {
		return render(this.filter.relation("r", "a", "b", where));
	}

	private static List<String> ids(int count) {
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			ids.add("id-" + i);
		}
		return ids;
	}

	static EntityWhereBuilder entityWhere() {
		return new EntityWhereBuilder();
	}

	static RelationWhereBuilder relationWhere() {
		return new RelationWhereBuilder();
	}

	/** Builds an {@link EntityWhere} naming only the fields a test sets. */
	static final class EntityWhereBuilder {

		private IdFilter id;

		private KindFilter kind;

		private StringFilter name;

		private StringFilter nameZh;

		private StringFilter alias;

		private StringFilter category;

		private StringFilter description;

		private FloatFilter value;

		private StringFilter unit;

		private StringFilter period;

		private List<EntityWhere> and;

		private List<EntityWhere> or;

		private EntityWhere not;

		EntityWhereBuilder id(IdFilter id) {
			this.id = id;
			return this;
		}

		EntityWhereBuilder kind(KindFilter kind) {
			this.kind = kind;
			return this;
		}

		EntityWhereBuilder name(StringFilter name) {
			this.name = name;
			return this;
		}

		EntityWhereBuilder nameZh(StringFilter nameZh) {
			this.nameZh = nameZh;
			return this;
		}

		EntityWhereBuilder alias(StringFilter alias) {
			this.alias = alias;
			return this;
		}

		EntityWhereBuilder category(StringFilter category) {
			this.category = category;
			return this;
		}

		EntityWhereBuilder description(StringFilter description) {
			this.description = description;
			return this;
		}

		EntityWhereBuilder value(FloatFilter value) {
			this.value = value;
			return this;
		}

		EntityWhereBuilder unit(StringFilter unit) {
			this.unit = unit;
			return this;
		}

		EntityWhereBuilder period(StringFilter period) {
			this.period = period;
			return this;
		}

		EntityWhereBuilder and(List<EntityWhere> and) {
			this.and = and;
			return this;
		}

		EntityWhereBuilder or(List<EntityWhere> or) {
			this.or = or;
			return this;
		}

		EntityWhereBuilder not(EntityWhere not) {
			this.not = not;
			return this;
		}

		EntityWhere build() {
			return new EntityWhere(this.id, this.kind, this.name, this.nameZh, this.alias, this.category,
					this.description, this.value, this.unit, this.period, this.and, this.or, this.not);
		}

	}

	/** Builds a {@link RelationWhere} naming only the fields a test sets. */
	static final class RelationWhereBuilder {

		private IdFilter id;

		private StringFilter type;

		private IdFilter from;

		private IdFilter to;

		private IdFilter entity;

		private KindFilter fromKind;

		private KindFilter toKind;

		private DateFilter date;

		private StringFilter section;

		private StringFilter quote;

		private StringFilter role;

		private FloatFilter value;

		private List<RelationWhere> and;

		private List<RelationWhere> or;

		private RelationWhere not;

		RelationWhereBuilder id(IdFilter id) {
			this.id = id;
			return this;
		}

		RelationWhereBuilder type(StringFilter type) {
			this.type = type;
			return this;
		}

		RelationWhereBuilder from(IdFilter from) {
			this.from = from;
			return this;
		}

		RelationWhereBuilder to(IdFilter to) {
			this.to = to;
			return this;
		}

		RelationWhereBuilder entity(IdFilter entity) {
			this.entity = entity;
			return this;
		}

		RelationWhereBuilder fromKind(KindFilter fromKind) {
			this.fromKind = fromKind;
			return this;
		}

		RelationWhereBuilder toKind(KindFilter toKind) {
			this.toKind = toKind;
			return this;
		}

		RelationWhereBuilder date(DateFilter date) {
			this.date = date;
			return this;
		}

		RelationWhereBuilder section(StringFilter section) {
			this.section = section;
			return this;
		}

		RelationWhereBuilder quote(StringFilter quote) {
			this.quote = quote;
			return this;
		}

		RelationWhereBuilder role(StringFilter role) {
			this.role = role;
			return this;
		}

		RelationWhereBuilder value(FloatFilter value) {
			this.value = value;
			return this;
		}

		RelationWhereBuilder and(List<RelationWhere> and) {
			this.and = and;
			return this;
		}

		RelationWhereBuilder or(List<RelationWhere> or) {
			this.or = or;
			return this;
		}

		RelationWhereBuilder not(RelationWhere not) {
			this.not = not;
			return this;
		}

		RelationWhere build() {
			return new RelationWhere(this.id, this.type, this.from, this.to, this.entity, this.fromKind, this.toKind,
					this.date, this.section, this.quote, this.role, this.value, this.and, this.or, this.not);
		}

	}

}

package com.fintechkg.kg.stored;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stored shape has one owner, so what a writer stores is what a reader reads: an entity or relation written
 * with {@link StoredEntity#properties} / {@link StoredRelation#properties} reads back unchanged, every stored
 * property is either read back by some field or declared derived, and the derived name keys are the ones the
 * name-clash check compares.
 */
class StoredShapeUnitTests {

	static final StoredEntity ICBC = new StoredEntity("icbc", "Institution", "ICBC", "中国工商银行",
			List.of("Industrial and Commercial Bank of China", "工行"), "bank", false, "A state-owned commercial bank.",
			List.of(new Citation("caict-fintech-2023", "3.2.1", "工行发布基于昇腾 AI 的金融行业通用大模型"),
					new Citation("other-paper", "4.1", "工商银行……")),
			null, null, null, null);

	static final StoredEntity VOLUME = new StoredEntity("volume", "Indicator", "Transaction volume", "交易规模", List.of(),
			null, false, "", List.of(new Citation("caict-fintech-2023", "1", "交易规模")), 1234.5, "亿元", "2022", null);

	static final StoredEntity BANKS = new StoredEntity("commercial-banks", "Institution", "Commercial banks", "商业银行",
			List.of(), "bank", true, "The commercial banks, as a group.",
			List.of(new Citation("caict-fintech-2023", "3.2.1", "商业银行")), null, null, null, null);

	static final StoredEntity CONFERENCE = new StoredEntity("conference", "Event", "Conference", "会议", List.of(), null,
			false, "A meeting.", List.of(new Citation("caict-fintech-2023", "2.3.1", "会议")), null, null, null,
			"2022-12");

	/** The properties as the database gives them back: a {@code SET} leaves null values out. */
	static Value stored(Map<String, Object> properties) {
		Map<String, Object> kept = new HashMap<>();
		properties.forEach((key, value) -> {
			if (value != null) {
				kept.put(key, value);
			}
		});
		return Values.value(kept);
	}

	@Test
	void anEntityReadsBackAsItWasWritten() {
		for (StoredEntity entity : List.of(ICBC, VOLUME, BANKS, CONFERENCE)) {
			assertThat(StoredEntity.read(stored(entity.properties(StoredProvenance.SEED)))).isEqualTo(entity);
		}
	}

	@Test
	void citationsAreStoredAsParallelListsAndReadBackInOrder() {
		Map<String, Object> properties = ICBC.properties(StoredProvenance.CURATED);

		assertThat(properties).containsEntry(StoredEntity.CITATION_SOURCES, List.of("caict-fintech-2023", "other-paper"))
			.containsEntry(StoredEntity.CITATION_SECTIONS, List.of("3.2.1", "4.1"))
			.containsEntry(StoredProvenance.ORIGIN, StoredProvenance.CURATED);
		assertThat(StoredEntity.citations(stored(properties))).isEqualTo(ICBC.citations());
	}

	@Test
	void aliasesAndNameKeysAreDerivedFromTheNames() {
		Map<String, Object> properties = ICBC.properties(StoredProvenance.SEED);

		assertThat(properties).containsEntry(StoredEntity.ALIAS_TEXT, "Industrial and Commercial Bank of China | 工行")
			.containsEntry(StoredEntity.NAME_KEYS,
					List.of("icbc", "中国工商银行", "industrialandcommercialbankofchina", "工行"));
		assertThat(StoredEntity.nameKeys("ICBC", "工商 银行", List.of("icbc", " ", "工行")))
			.containsExactly("icbc", "工商银行", "工行");
		assertThat(StoredEntity.nameKey("AI 原生 Bank")).isEqualTo("ai原生bank");
	}

	@Test
	void everyStoredPropertyIsReadBackByAFieldOrDeclaredDerived() {
		Set<String> read = new HashSet<>(StoredEntity.ALWAYS_READ);
		StoredEntity.READ_BY_FIELD.values().forEach(read::addAll);
		Set<String> written = ICBC.properties(StoredProvenance.SEED).keySet();

		Set<String> neither = new HashSet<>(written);
		neither.removeAll(read);
		neither.removeAll(StoredEntity.DERIVED);
		assertThat(neither).as("stored but never read back").isEmpty();

		Set<String> unwritten = new HashSet<>(read);
		unwritten.removeAll(written);
		unwritten.removeAll(StoredProvenance.PROPERTIES);
		assertThat(unwritten).as("read but never stored").isEmpty();
	}

	@Test
	void aProjectionOfSomeFieldsReadsTheOthersAsEmpty() {
		Map<String, Object> all = ICBC.properties(StoredProvenance.SEED);
		Map<String, Object> projected = new HashMap<>();
		StoredEntity.ALWAYS_READ.forEach((property) -> projected.put(property, all.get(property)));
		StoredEntity.READ_BY_FIELD.get("citations").forEach((property) -> projected.put(property, all.get(property)));

		assertThat(StoredEntity.read(Values.value(projected))).isEqualTo(new StoredEntity("icbc", "Institution", "ICBC",
				"中国工商银行", List.of(), null, false, "", ICBC.citations(), null, null, null, null));
	}

	@Test
	void aRelationReadsBackItsIdAndCitation() {
		StoredRelation relation = new StoredRelation("icbc", "RELEASED", "model",
				new Citation("caict-fintech-2023", "3.2.1", "工行发布"), "2023", null, null);
		Map<String, Object> row = relation.row(StoredProvenance.SEED);
		@SuppressWarnings("unchecked")
		Value properties = stored((Map<String, Object>) row.get("properties"));

		assertThat(row).containsEntry("id", "icbc:RELEASED:model").containsEntry("type", "RELEASED");
		assertThat(properties.get(StoredRelation.ID).asString()).isEqualTo(relation.id());
		assertThat(properties.get(StoredRelation.DATE).asString()).isEqualTo("2023");
		assertThat(StoredRelation.citations(properties)).containsExactly(relation.citation());
		assertThat(properties.get("quote").isNull()).isTrue();
		assertThat(StoredRelation.citation(Values.value(Map.of(StoredRelation.ID, "a:T:b")))).isNull();
	}

	@Test
	void aWriteRowNamesTheNodeItsKindAndItsProperties() {
		Map<String, Object> row = ICBC.row(StoredProvenance.SEED);

		assertThat(row).containsOnlyKeys("id", "kind", "properties")
			.containsEntry("id", "icbc")
			.containsEntry("kind", "Institution")
			.containsEntry("properties", ICBC.properties(StoredProvenance.SEED));
	}

}

package com.fintechkg.kg.generate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;

import com.fintechkg.kg.vocabulary.Vocabulary.RelationType;
import com.fintechkg.kg.seed.SeedModel.Seed;
import com.fintechkg.kg.seed.SeedModel;
import com.fintechkg.kg.stored.Citation;
import com.fintechkg.kg.stored.StoredEntity;
import com.fintechkg.kg.stored.StoredProvenance;
import com.fintechkg.kg.stored.StoredRelation;
import com.fintechkg.kg.vocabulary.Kind;
import com.fintechkg.kg.vocabulary.Vocabulary.KindDefinition;

/**
 * A synthetic graph in the seed's schema, for benchmarks only: entities of every kind with bilingual names
 * (Chinese and English, so search works in both), citations pointing at the {@value #SOURCE} source, and
 * relationships whose types and end kinds the vocabulary allows. Degrees follow a power law (preferential
 * attachment: most new relationships go to an end of an existing relationship, so well-connected entities, the
 * seed's among them, become hubs). Everything is marked {@code origin: 'synthetic'} and derived from one random
 * seed, so the same arguments give the same graph.
 * <p>
 * Entities are numbered after the seed's; a synthetic entity only links to entities numbered before it, so the
 * graph grows like a real one and stays connected to the seed.
 */
public final class SyntheticGraph {

	/** The {@code origin} of every synthetic node and relationship, and the id of their citation source. */
	public static final String SOURCE = "synthetic";

	public static final String ORIGIN = StoredProvenance.SYNTHETIC;

	private static final String[] PREFIX_EN = { "Jade", "Harbor", "Golden", "Pacific", "Summit", "Lotus", "Silk Road",
			"Pearl", "Evergreen", "Northern", "Eastern", "Crystal", "Dragon", "Phoenix", "Unity", "Horizon", "Bright",
			"Cedar", "Delta", "Sunrise" };

	private static final String[] PREFIX_ZH = { "翠玉", "海港", "金色", "太平", "峰顶", "莲花", "丝路", "明珠", "常青", "北方", "东方",
			"水晶", "龙腾", "凤凰", "联合", "远景", "光明", "雪松", "三角洲", "朝阳" };

	private static final Map<Kind, String[][]> NOUNS = Map.of(
			Kind.of("Institution"), new String[][] { { "Bank", "银行", "bank" }, { "Securities", "证券", "securities" },
					{ "Insurance", "保险", "insurance" }, { "Technology", "科技", "tech-company" },
					{ "Fintech", "金融科技", "fintech" }, { "Finance Bureau", "金融局", "regulator" },
					{ "Payments", "支付", "platform" }, { "Bank", "银行", "bank" } },
			Kind.of("Technology"), new String[][] { { "AI Engine", "智能引擎", null }, { "Blockchain", "区块链", null },
					{ "Cloud Platform", "云平台", null }, { "Risk Model", "风控模型", null },
					{ "Privacy Computing", "隐私计算", null } },
			Kind.of("Product"), new String[][] { { "Assistant", "助手", null }, { "Wallet", "钱包", null },
					{ "Credit Platform", "信贷平台", null }, { "Trading System", "交易系统", null } },
			Kind.of("Regulation"), new String[][] { { "Guideline", "指导意见", null }, { "Measures", "管理办法", null },
					{ "Standard", "标准", null } },
			Kind.of("Scenario"), new String[][] { { "Lending", "信贷", null }, { "Wealth Management", "财富管理", null },
					{ "Cross-border Payment", "跨境支付", null } },
			Kind.of("Region"), new String[][] { { "District", "区", null }, { "Zone", "新区", null } },
			Kind.of("Indicator"), new String[][] { { "Transaction Volume", "交易规模", null }, { "Investment", "投资额", null } });

	/** Share of synthetic entities per kind, in per mille (sums to 1000). */
	private static final Map<String, Integer> SHARE = Map.of("Institution", 350, "Product", 250, "Technology", 100,
			"Regulation", 100, "Scenario", 70, "Region", 50, "Indicator", 80);

	/** Share of a kind the table above does not name. */
	private static final int OTHER_SHARE = 50;

	/** Share of relationships that attach to the end of an existing relationship (the rest pick any entity). */
	private static final double PREFERENTIAL = 0.8;

	private final long randomSeed;

	private final int count;

	private final List<RelationType> vocabulary;

	private final List<Kind> kindList;

	/** Kinds whose entities state a figure (value, unit, period). */
	private final List<Kind> figureKinds;

	private final List<String> seedIds;

	private final Kind[] kinds;

	private final int[] degrees;

	private final List<Integer>[][] allowed;

	private final Map<String, Integer> relationsByType = new HashMap<>();

	/** The graph of {@code count} synthetic entities grown from {@code seed}. */
	@SuppressWarnings("unchecked")
	public SyntheticGraph(Seed seed, int count, long randomSeed) {
		if (count < 1) {
			throw new IllegalArgumentException("--nodes must be at least 1, was " + count);
		}
		this.randomSeed = randomSeed;
		this.count = count;
		this.vocabulary = seed.vocabulary().types();
		this.kindList = seed.vocabulary().kindList();
		this.figureKinds = seed.vocabulary()
			.kinds()
			.stream()
			.filter((kind) -> kind.properties().stream().anyMatch((property) -> property.name().equals("value")))
			.map(KindDefinition::kind)
			.toList();
		this.seedIds = seed.entities().stream().map(SeedModel.Entity::id).toList();
		this.kinds = new Kind[this.seedIds.size() + count];
		this.degrees = new int[this.kinds.length];
		for (int i = 0; i < this.seedIds.size(); i++) {
			this.kinds[i] = seed.entities().get(i).kind();
		}
		Random random = new Random(randomSeed);
		Kind[] wheel = wheel(this.kindList);
		for (int i = this.seedIds.size(); i < this.kinds.length; i++) {
			this.kinds[i] = wheel[random.nextInt(wheel.length)];
		}
		// allowed[a][b]: vocabulary entries (type index * 2 + 1 when a -> b, + 0 when b -> a) for a pair of kinds
		int kindCount = this.kindList.size();
		this.allowed = new List[kindCount][kindCount];
		for (Kind a : this.kindList) {
			for (Kind b : this.kindList) {
				List<Integer> entries = new ArrayList<>();
				for (int t = 0; t < this.vocabulary.size(); t++) {
					RelationType type = this.vocabulary.get(t);
					if (type.from().contains(a) && type.to().contains(b)) {
						entries.add(t * 2 + 1);
					}
					if (type.from().contains(b) && type.to().contains(a) && !a.equals(b)) {
						entries.add(t * 2);
					}
				}
				this.allowed[ordinal(a)][ordinal(b)] = entries;
			}
		}
	}

	private int ordinal(Kind kind) {
		return this.kindList.indexOf(kind);
	}

	private static Kind[] wheel(List<Kind> kinds) {
		List<Kind> wheel = new ArrayList<>();
		for (Kind kind : kinds) {
			for (int i = 0; i < SHARE.getOrDefault(kind.name(), OTHER_SHARE); i++) {
				wheel.add(kind);
			}
		}
		return wheel.toArray(Kind[]::new);
	}

	public int size() {
		return this.count;
	}

	/** The id of entity number {@code index} (the seed's first, then the synthetic ones). */
	public String id(int index) {
		return (index < this.seedIds.size()) ? this.seedIds.get(index) : "syn-" + (index - this.seedIds.size());
	}

	public Kind kind(int index) {
		return this.kinds[index];
	}

	/**
	 * The statement that creates a batch of {@link #entities} rows, passed as {@code $rows}: the rows of a batch
	 * share a kind, which is the nodes' second label.
	 */
	public static String createEntities(List<Map<String, Object>> rows) {
		Kind kind = Kind.of((String) rows.getFirst().get(StoredEntity.KIND));
		// language=cypher
		return "UNWIND $rows AS row CREATE (e:" + Kind.ENTITY_LABEL + ":" + kind.name() + ") SET e = row";
	}

	/** The statement that creates a batch of {@link #relations} rows, passed as {@code $rows}. */
	// language=cypher
	public static final String CREATE_RELATIONS = """
			UNWIND $rows AS row
			MATCH (a:Entity {id: row.from})
			MATCH (b:Entity {id: row.to})
			CREATE (a)-[r:$(row.type)]->(b)
			SET r = row.properties
			""";

	/** Hands the synthetic entities to {@code sink} as rows of at most {@code batch}, grouped by kind. */
	public void entities(int batch, Consumer<List<Map<String, Object>>> sink) {
		Random random = new Random(this.randomSeed * 31 + 1);
		Map<Kind, List<Map<String, Object>>> rows = new HashMap<>();
		for (int i = this.seedIds.size(); i < this.kinds.length; i++) {
			Kind kind = this.kinds[i];
			List<Map<String, Object>> pending = rows.computeIfAbsent(kind, (k) -> new ArrayList<>());
			pending.add(entity(i, random));
			if (pending.size() >= batch) {
				sink.accept(List.copyOf(pending));
				pending.clear();
			}
		}
		rows.values().stream().filter((pending) -> !pending.isEmpty()).forEach((pending) -> sink.accept(List.copyOf(pending)));
	}

	private Map<String, Object> entity(int index, Random random) {
		Kind kind = this.kinds[index];
		int number = index - this.seedIds.size();
		int first = random.nextInt(PREFIX_EN.length);
		int second = random.nextInt(PREFIX_EN.length);
		String[][] nouns = NOUNS.getOrDefault(kind, new String[][] { { kind.name(), kind.name(), null } });
		String[] noun = nouns[random.nextInt(nouns.length)];
		String name = PREFIX_EN[first] + " " + PREFIX_EN[second] + " " + noun[0] + " " + number;
		String nameZh = PREFIX_ZH[first] + PREFIX_ZH[second] + noun[1] + number;
		String alias = initials(PREFIX_EN[first] + " " + PREFIX_EN[second] + " " + noun[0]) + number;
		boolean figure = this.figureKinds.contains(kind);
		Double value = figure ? Math.round(random.nextDouble() * 100_000) / 10.0 : null;
		String period = figure ? String.valueOf(2015 + random.nextInt(9)) : null;
		StoredEntity entity = new StoredEntity(id(index), kind.name(), name, nameZh, List.of(alias), noun[2], false,
				"Synthetic " + kind.name().toLowerCase(java.util.Locale.ROOT)
						+ " for benchmarks, not a fact from any document. 合成的基准测试数据，并非白皮书内容。",
				List.of(new Citation(SOURCE, "0", "Generated by `generate --seed " + this.randomSeed + "`")), value,
				figure ? "亿元" : null, period, null);
		Map<String, Object> properties = entity.properties(ORIGIN);
		properties.put(StoredProvenance.VERSION, 1);
		return properties;
	}

	private static String initials(String words) {
		StringBuilder initials = new StringBuilder();
		for (String word : words.split("[ -]")) {
			initials.append(word.charAt(0));
		}
		return initials.toString();
	}

	/**
	 * Hands the synthetic relationships to {@code sink} as rows of at most {@code batch}, grouped by type: each
	 * synthetic entity links to 1 to 8 earlier entities (about 1.6 on average, duplicates dropped).
	 */
	public void relations(int batch, Consumer<List<Map<String, Object>>> sink) {
		Random random = new Random(this.randomSeed * 31 + 2);
		int[] ends = new int[Math.max(16, this.count * 5)];
		int endCount = 0;
		Set<Long> seen = new HashSet<>();
		Map<String, List<Map<String, Object>>> rows = new HashMap<>();
		for (int i = this.seedIds.size(); i < this.kinds.length; i++) {
			int wanted = 1 + Math.min(7, (int) (-Math.log(1 - random.nextDouble()) * 1.0));
			for (int edge = 0; edge < wanted; edge++) {
				for (int attempt = 0; attempt < 10; attempt++) {
					int target = (endCount > 0 && random.nextDouble() < PREFERENTIAL) ? ends[random.nextInt(endCount)]
							: random.nextInt(i);
					List<Integer> choices = this.allowed[ordinal(this.kinds[i])][ordinal(this.kinds[target])];
					if (target == i || choices.isEmpty()) {
						continue;
					}
					int choice = choices.get(random.nextInt(choices.size()));
					int from = (choice % 2 == 1) ? i : target;
					int to = (choice % 2 == 1) ? target : i;
					int type = choice / 2;
					if (!seen.add(((long) from * this.kinds.length + to) * 64 + type)) {
						continue;
					}
					if (endCount + 2 > ends.length) {
						ends = Arrays.copyOf(ends, ends.length * 2);
					}
					ends[endCount++] = i;
					ends[endCount++] = target;
					this.degrees[from]++;
					this.degrees[to]++;
					String typeName = this.vocabulary.get(type).name();
					this.relationsByType.merge(typeName, 1, Integer::sum);
					List<Map<String, Object>> pending = rows.computeIfAbsent(typeName, (k) -> new ArrayList<>());
					pending.add(relation(from, typeName, to));
					if (pending.size() >= batch) {
						sink.accept(List.copyOf(pending));
						pending.clear();
					}
					break;
				}
			}
		}
		rows.values().stream().filter((pending) -> !pending.isEmpty()).forEach((pending) -> sink.accept(List.copyOf(pending)));
	}

	private Map<String, Object> relation(int from, String type, int to) {
		return new StoredRelation(id(from), type, id(to),
				new Citation(SOURCE, "0", "Synthetic relation for benchmarks (合成数据)"), null, null, null)
			.row(ORIGIN);
	}

	/** Relationships written per type, after {@link #relations}. */
	public Map<String, Integer> relationsByType() {
		return Map.copyOf(this.relationsByType);
	}

	/** Synthetic relationships at each entity (seed entities included), after {@link #relations}. */
	public int[] degrees() {
		return this.degrees.clone();
	}

}

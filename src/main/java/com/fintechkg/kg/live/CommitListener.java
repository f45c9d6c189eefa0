package com.fintechkg.kg.live;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import com.fintechkg.kg.stats.GraphStats.SeedVersion;
import com.fintechkg.kg.stored.Citation;
import com.fintechkg.kg.vocabulary.Kind;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Transaction;
import org.neo4j.graphdb.event.LabelEntry;
import org.neo4j.graphdb.event.PropertyEntry;
import org.neo4j.graphdb.event.TransactionData;
import org.neo4j.graphdb.event.TransactionEventListener;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sees every transaction the embedded database commits, whoever wrote it, and publishes the changes it made to
 * the graph: each {@code :Change} node it created (a curated write, with its change-log entry), and a new load
 * time on the {@code :SeedInfo} node (a seed load). What to publish is gathered before the commit, while the
 * transaction can still be read (the kinds of the entities touched); it is published only after the commit, so a
 * write that rolls back publishes nothing.
 */
final class CommitListener implements TransactionEventListener<List<ChangeEvent>> {

	private static final Log logger = LogFactory.getLog(CommitListener.class);

	private static final JsonMapper json = JsonMapper.builder().build();

	private static final Label CHANGE = Label.label("Change");

	private static final Label ENTITY = Label.label("Entity");

	private static final Label SEED_INFO = Label.label("SeedInfo");

	private final ChangeFeed feed;

	private final Supplier<String> graphVersion;

	CommitListener(ChangeFeed feed, Supplier<String> graphVersion) {
		this.feed = feed;
		this.graphVersion = graphVersion;
	}

	@Override
	public @Nullable List<ChangeEvent> beforeCommit(TransactionData data, Transaction transaction,
			GraphDatabaseService database) {
		Set<String> changeNodes = new LinkedHashSet<>();
		for (LabelEntry entry : data.assignedLabels()) {
			if (entry.label().equals(CHANGE)) {
				changeNodes.add(entry.node().getElementId());
			}
		}
		Map<String, Map<String, Object>> changes = new LinkedHashMap<>();
		Node seed = null;
		for (PropertyEntry<Node> entry : data.assignedNodeProperties()) {
			String id = entry.entity().getElementId();
			if (changeNodes.contains(id)) {
				changes.computeIfAbsent(id, (key) -> new HashMap<>()).put(entry.key(), entry.value());
			}
			else if (entry.key().equals("loadedAt") && entry.entity().hasLabel(SEED_INFO)) {
				seed = entry.entity();
			}
		}
		if (changes.isEmpty() && seed == null) {
			return null;
		}
		List<ChangeEvent> events = new ArrayList<>();
		for (Map<String, Object> change : changes.values()) {
			events.add(curated(change, transaction));
		}
		if (seed != null) {
			events.add(new ChangeEvent(ChangeEvent.SEED_LOAD, null,
					new SeedVersion(String.valueOf(seed.getProperty("version", "")),
							(String) seed.getProperty("checksum", null), String.valueOf(seed.getProperty("loadedAt"))),
					List.of(), List.of(), null, ""));
		}
		return events;
	}

	@Override
	public void afterCommit(TransactionData data, @Nullable List<ChangeEvent> events, GraphDatabaseService database) {
		if (events == null) {
			return;
		}
		try {
			String version = this.graphVersion.get();
			events.forEach((event) -> this.feed.publish(new ChangeEvent(event.action(), event.change(), event.seed(),
					event.entityIds(), event.kinds(), event.relationType(), version)));
		}
		catch (RuntimeException ex) {
			logger.warn("Could not publish " + events.size() + " committed changes to subscribers", ex);
		}
	}

	@Override
	public void afterRollback(TransactionData data, @Nullable List<ChangeEvent> events, GraphDatabaseService database) {
	}

	/** The event of one curated write: its change-log entry, and the entities and relation type it touches. */
	private static ChangeEvent curated(Map<String, Object> c, Transaction transaction) {
		String action = text(c, "action");
		String target = text(c, "target");
		ChangeEvent.Entry entry = new ChangeEvent.Entry(text(c, "id"), text(c, "at"), text(c, "by"), action, target,
				((Number) c.getOrDefault("version", 0L)).intValue(),
				new Citation(text(c, "citationSource"), text(c, "citationSection"), text(c, "citationQuote")),
				(String) c.get("reason"), (String) c.get("before"));
		List<String> entityIds;
		String relationType = null;
		String[] parts = target.split(":", -1);
		if (action.endsWith("_RELATION") && parts.length == 3) {
			entityIds = parts[0].equals(parts[2]) ? List.of(parts[0]) : List.of(parts[0], parts[2]);
			relationType = parts[1];
		}
		else {
			entityIds = List.of(target);
		}
		Set<Kind> kinds = new LinkedHashSet<>();
		for (String id : entityIds) {
			Kind kind = kindOf(transaction, id);
			if (kind == null && id.equals(target)) {
				kind = kindBefore(entry.before());
			}
			if (kind != null) {
				kinds.add(kind);
			}
		}
		return new ChangeEvent(action, entry, null, entityIds, List.copyOf(kinds), relationType, "");
	}

	private static @Nullable Kind kindOf(Transaction transaction, String id) {
		Node node = transaction.findNode(ENTITY, "id", id);
		return (node != null && node.getProperty("kind", null) instanceof String kind) ? parse(kind) : null;
	}

	/** The kind recorded in a deleted entity's former properties. */
	private static @Nullable Kind kindBefore(@Nullable String before) {
		if (before == null) {
			return null;
		}
		try {
			return (json.readValue(before, Map.class).get("kind") instanceof String kind) ? parse(kind) : null;
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	private static @Nullable Kind parse(String kind) {
		return Kind.isName(kind) ? Kind.of(kind) : null;
	}

	private static String text(Map<String, Object> properties, String key) {
		Object value = properties.get(key);
		return (value != null) ? value.toString() : "";
	}

}

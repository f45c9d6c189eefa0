package com.fintechkg.kg.live;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;

import com.fintechkg.kg.caching.GraphVersion;
import com.fintechkg.kg.support.GraphQlHttp.Answer;
import com.fintechkg.kg.support.GraphQlHttp;
import com.fintechkg.kg.support.KnowledgeGraphTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.neo4j.graphdb.GraphDatabaseService;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code changes} subscription, with real clients of both protocols: every curated write reaches an anonymous
 * subscriber as it commits, with its change-log entry, filtered as asked, and nothing is lost when two writers
 * commit at once. A seed load is published too.
 */
@KnowledgeGraphTest
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class ChangeSubscriptionTests {

	static final String CURATOR = "test-curator-token-0123456789";

	static final String QUOTE = "推出基于开源自研的自主金融 AI 大模型 ChatABC，初步具备自由闲聊、行内知识问答、内容摘要等多类型任务的服务能力。";

	static final String SUBSCRIPTION = """
			subscription($entityId: ID, $kind: EntityKind) {
			  changes(entityId: $entityId, kind: $kind) {
			    action entityIds kinds relationType graphVersion
			    change { id at by action target version citation { section quote source { id } } before }
			    seed { version checksum loadedAt }
			  }
			}""";

	static final String UPSERT = """
			mutation($input: UpsertEntityInput!) { upsertEntity(input: $input) { change { id } } }""";

	@Autowired
	GraphQlHttp graphQl;

	@Autowired
	GraphDatabaseService database;

	@Autowired
	ChangeFeed feed;

	@Autowired
	GraphVersion version;

	/**
	 * Streams other tests left open (the explorer's pages subscribe over SSE) end when the service next writes to
	 * them (a keep-alive at the latest): wait until none is left, so each test counts only its own subscribers.
	 */
	@BeforeEach
	void noSubscriberOfEarlierTestsIsLeft() throws InterruptedException {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
		while (this.feed.subscribers() > 0) {
			if (Instant.now().isAfter(deadline)) {
				throw new IllegalStateException(this.feed.subscribers() + " subscribers of earlier tests still open");
			}
			Thread.sleep(50);
		}
	}

	@AfterEach
	void removeWhatTheTestsWrote() {
		this.database.executeTransactionally("MATCH (e:Entity) WHERE e.id STARTS WITH 'live-test-' DETACH DELETE e");
		this.database.executeTransactionally("MATCH (n) WHERE (n:Change OR n:Deleted) DETACH DELETE n");
	}

	@Test
	void aWebSocketSubscriberReceivesEachCuratedWriteWithItsChangeLogEntry() throws Exception {
		int before = this.feed.subscribers();
		try (TransportWsClient client = TransportWsClient.connect(webSocketUri())) {
			client.subscribe("1", SUBSCRIPTION, Map.of());
			awaitSubscribers(() -> this.feed.subscribers(), before + 1);

			String changeId = create("live-test-ws", "Live Test WebSocket");

			Map<String, Object> next = client.next();
			assertThat(next).containsEntry("type", "next").containsEntry("id", "1");
			Map<String, Object> event = event(next);
			assertThat(event).containsEntry("action", "CREATE_ENTITY")
				.containsEntry("entityIds", List.of("live-test-ws"))
				.containsEntry("kinds", List.of("PRODUCT"))
				.containsEntry("relationType", null)
				.containsEntry("graphVersion", this.version.current());
			@SuppressWarnings("unchecked")
			Map<String, Object> change = (Map<String, Object>) event.get("change");
			assertThat(change).containsEntry("id", changeId)
				.containsEntry("by", "test-curator")
				.containsEntry("target", "live-test-ws")
				.containsEntry("version", 1);
			assertThat(change.get("citation")).asString().contains(QUOTE);
			client.complete("1");
		}
	}

	@Test
	void anSseSubscriberReceivesEachCuratedWrite() throws Exception {
		int before = this.feed.subscribers();
		try (SseClient client = new SseClient(this.graphQl.uri("/graphql"), SUBSCRIPTION)) {
			awaitSubscribers(() -> this.feed.subscribers(), before + 1);

			String changeId = create("live-test-sse", "Live Test SSE");

			SseClient.Event next = client.next();
			assertThat(client.status()).isEqualTo(200);
			assertThat(client.contentType()).startsWith("text/event-stream");
			assertThat(next.name()).isEqualTo("next");
			@SuppressWarnings("unchecked")
			Map<String, Object> event = (Map<String, Object>) ((Map<String, Object>) next.data().get("data")).get("changes");
			assertThat(event).containsEntry("action", "CREATE_ENTITY").containsEntry("entityIds", List.of("live-test-sse"));
			assertThat(event.get("change")).asString().contains(changeId);
		}
	}

	@Test
	void aSubscriberFilteredByEntityGetsOnlyThatEntitysChanges() throws Exception {
		int before = this.feed.subscribers();
		try (TransportWsClient client = TransportWsClient.connect(webSocketUri())) {
			client.subscribe("f", SUBSCRIPTION, Map.of("entityId", "live-test-wanted"));
			awaitSubscribers(() -> this.feed.subscribers(), before + 1);

			create("live-test-other", "Live Test Other");
			String wanted = create("live-test-wanted", "Live Test Wanted");

			Map<String, Object> event = event(client.next());
			assertThat(event.get("entityIds")).isEqualTo(List.of("live-test-wanted"));
			assertThat(event.get("change")).asString().contains(wanted);
		}
	}

	@Test
	void nothingIsLostWhenTwoWritersCommitAtOnce() throws Exception {
		int perWriter = 6;
		int before = this.feed.subscribers();
		try (TransportWsClient ws = TransportWsClient.connect(webSocketUri());
				SseClient sse = new SseClient(this.graphQl.uri("/graphql"), SUBSCRIPTION)) {
			ws.subscribe("all", SUBSCRIPTION, Map.of());
			awaitSubscribers(() -> this.feed.subscribers(), before + 2);

			CountDownLatch start = new CountDownLatch(1);
			List<Future<List<String>>> writers = new ArrayList<>();
			try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
				for (String writer : List.of("a", "b")) {
					writers.add(pool.submit(() -> {
						start.await();
						List<String> ids = new ArrayList<>();
						for (int i = 0; i < perWriter; i++) {
							ids.add(create("live-test-" + writer + i, "Live Test Writer " + writer + i));
						}
						return ids;
					}));
				}
				start.countDown();
			}
			Set<String> written = new HashSet<>();
			for (Future<List<String>> writer : writers) {
				written.addAll(writer.get(2, TimeUnit.MINUTES));
			}
			assertThat(written).hasSize(2 * perWriter);

			Set<String> overWebSocket = new HashSet<>();
			Set<String> overSse = new HashSet<>();
			for (int i = 0; i < 2 * perWriter; i++) {
				overWebSocket.add(changeId(event(ws.next())));
				SseClient.Event next = sse.next();
				@SuppressWarnings("unchecked")
				Map<String, Object> data = (Map<String, Object>) next.data().get("data");
				@SuppressWarnings("unchecked")
				Map<String, Object> changes = (Map<String, Object>) data.get("changes");
				overSse.add(changeId(changes));
			}
			assertThat(overWebSocket).isEqualTo(written);
			assertThat(overSse).isEqualTo(written);
		}
	}

	@Test
	void aSeedLoadIsPublished() throws Exception {
		int before = this.feed.subscribers();
		try (TransportWsClient client = TransportWsClient.connect(webSocketUri())) {
			client.subscribe("seed", SUBSCRIPTION, Map.of("entityId", "live-test-anything"));
			awaitSubscribers(() -> this.feed.subscribers(), before + 1);

			// what the seed loader records when it has loaded the seed (SeedLoader), written in-process as it does
			this.database.executeTransactionally("MATCH (i:SeedInfo {id: 'seed'}) SET i.loadedAt = datetime()");

			Map<String, Object> event = event(client.next());
			assertThat(event).containsEntry("action", "SEED_LOAD").containsEntry("change", null);
			assertThat(event.get("seed")).asString().contains("checksum");
		}
	}

	URI webSocketUri() {
		return URI.create(this.graphQl.uri("/graphql").toString().replace("http://", "ws://"));
	}

	/** Creates an entity as the curator and returns the id of its change-log entry. */
	String create(String id, String name) {
		Map<String, Object> input = new LinkedHashMap<>();
		input.put("id", id);
		input.put("kind", "PRODUCT");
		input.put("name", name);
		input.put("nameZh", name + " 测试");
		input.put("category", "model");
		input.put("description", "A curated test entity.");
		input.put("citations", List.of(Map.of("section", "3.2.1", "quote", QUOTE)));
		Answer answer = this.graphQl.post(UPSERT, Map.of("input", input), CURATOR);
		assertThat(answer.errors()).as(answer.body()).isEmpty();
		return answer.read("$.data.upsertEntity.change.id");
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> event(Map<String, Object> message) {
		assertThat(message).as("a next message").containsEntry("type", "next");
		Map<String, Object> payload = (Map<String, Object>) message.get("payload");
		assertThat(payload).as("no errors").doesNotContainKey("errors");
		return (Map<String, Object>) ((Map<String, Object>) payload.get("data")).get("changes");
	}

	@SuppressWarnings("unchecked")
	static String changeId(Map<String, Object> event) {
		return (String) ((Map<String, Object>) event.get("change")).get("id");
	}

	static void awaitSubscribers(IntSupplier subscribers, int expected) throws InterruptedException {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
		while (subscribers.getAsInt() < expected) {
			if (Instant.now().isAfter(deadline)) {
				throw new IllegalStateException("The subscription did not reach the feed within 30 s");
			}
			Thread.sleep(20);
		}
	}

}

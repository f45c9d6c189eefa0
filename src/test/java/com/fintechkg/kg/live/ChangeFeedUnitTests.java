package com.fintechkg.kg.live;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;

/** The feed's bounds: a limit on subscribers, and a slow subscriber dropped with a notice after what it was owed. */
class ChangeFeedUnitTests {

	static ChangeEvent event(String id) {
		return new ChangeEvent("CREATE_ENTITY", null, null, List.of(id), List.of(), null, "v");
	}

	@Test
	void oneSubscriberMoreThanTheLimitIsRefused() {
		ChangeFeed feed = new ChangeFeed(new LiveProperties(1, 8));
		StepVerifier.create(feed.subscribe((event) -> true))
			.then(() -> StepVerifier.create(feed.subscribe((event) -> true))
				.expectErrorSatisfies((error) -> assertThat(((LiveException) error).code()).isEqualTo("SUBSCRIBER_LIMIT"))
				.verify(Duration.ofSeconds(10)))
			.then(() -> feed.publish(event("a")))
			.expectNextMatches((event) -> event.entityIds().equals(List.of("a")))
			.thenCancel()
			.verify(Duration.ofSeconds(10));
		assertThat(feed.subscribers()).isZero();
		feed.destroy();
	}

	@Test
	void aSubscriberThatFallsBehindItsBacklogIsDroppedAfterWhatItWasOwed() {
		int backlog = 4;
		ChangeFeed feed = new ChangeFeed(new LiveProperties(10, backlog));
		AtomicInteger delivered = new AtomicInteger();
		StepVerifier.create(feed.subscribe((event) -> true), 0)
			.then(() -> {
				for (int i = 0; i < backlog + 5; i++) {
					feed.publish(event("e" + i));
				}
				assertThat(feed.subscribers()).as("dropped from the feed at once").isZero();
			})
			.thenRequest(Long.MAX_VALUE)
			.thenConsumeWhile((event) -> delivered.incrementAndGet() > 0)
			.expectErrorSatisfies((error) -> assertThat(((LiveException) error).code()).isEqualTo("SUBSCRIBER_DROPPED"))
			.verify(Duration.ofSeconds(10));
		// the backlog, and at most the one change already handed on to the delivery thread
		assertThat(delivered.get()).isBetween(backlog, backlog + 1);
		feed.destroy();
	}

	@Test
	void aFilteredSubscriberGetsOnlyMatchingChangesAndSeedLoads() {
		ChangeFeed feed = new ChangeFeed(new LiveProperties(10, 8));
		StepVerifier.create(feed.subscribe((event) -> event.matches("x", null, null)))
			.then(() -> {
				feed.publish(event("y"));
				feed.publish(event("x"));
				feed.publish(new ChangeEvent(ChangeEvent.SEED_LOAD, null, null, List.of(), List.of(), null, "v"));
			})
			.expectNextMatches((event) -> event.entityIds().equals(List.of("x")))
			.expectNextMatches((event) -> event.action().equals(ChangeEvent.SEED_LOAD))
			.thenCancel()
			.verify(Duration.ofSeconds(10));
		feed.destroy();
	}

}

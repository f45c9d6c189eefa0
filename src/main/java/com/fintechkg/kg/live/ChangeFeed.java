package com.fintechkg.kg.live;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executors;
import java.util.function.Predicate;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import org.springframework.beans.factory.DisposableBean;

/**
 * Hands every committed change to the subscribers whose filter it passes. Bounded twice: at most
 * {@link LiveProperties#maxSubscribers()} subscribers (one more is refused with {@code SUBSCRIBER_LIMIT}), and at
 * most {@link LiveProperties#backlog()} changes waiting for each. A subscriber that lets its backlog fill (a slow
 * or stalled client) is dropped: it leaves the feed at once, receives what it was owed, then the error
 * {@code SUBSCRIBER_DROPPED}. Publishing never waits for a subscriber: each one is sent its changes on a virtual
 * thread of its own, so a committing writer only puts the change in the backlogs. Publishing is serialized, so
 * two writers committing at once each reach every subscriber, in one order for all.
 */
public final class ChangeFeed implements DisposableBean {

	private final int maxSubscribers;

	private final int backlog;

	private final Scheduler delivery = Schedulers.fromExecutorService(Executors.newVirtualThreadPerTaskExecutor(),
			"change-feed");

	/** Guarded by itself. */
	private final Set<Subscriber> subscribers = new LinkedHashSet<>();

	ChangeFeed(LiveProperties properties) {
		this.maxSubscribers = properties.maxSubscribers();
		this.backlog = properties.backlog();
	}

	private record Subscriber(Predicate<ChangeEvent> filter, Sinks.Many<ChangeEvent> sink) {
	}

	/** The changes that pass {@code filter}, from now until the subscriber cancels or is dropped. */
	Flux<ChangeEvent> subscribe(Predicate<ChangeEvent> filter) {
		return Flux.defer(() -> {
			Subscriber subscriber = new Subscriber(filter,
					Sinks.many().unicast().onBackpressureBuffer(new ArrayBlockingQueue<>(this.backlog)));
			synchronized (this.subscribers) {
				if (this.subscribers.size() >= this.maxSubscribers) {
					return Flux.error(LiveException.limit(this.maxSubscribers));
				}
				this.subscribers.add(subscriber);
			}
			return subscriber.sink()
				.asFlux()
				.publishOn(this.delivery, 1)
				.doFinally((signal) -> remove(subscriber));
		});
	}

	/** Puts {@code event} in the backlog of every subscriber it concerns, dropping those whose backlog is full. */
	public void publish(ChangeEvent event) {
		synchronized (this.subscribers) {
			List<Subscriber> gone = new ArrayList<>();
			for (Subscriber subscriber : this.subscribers) {
				if (!subscriber.filter().test(event)) {
					continue;
				}
				Sinks.EmitResult result = subscriber.sink().tryEmitNext(event);
				if (result == Sinks.EmitResult.FAIL_OVERFLOW) {
					subscriber.sink().tryEmitError(LiveException.dropped(this.backlog));
					gone.add(subscriber);
				}
				else if (result.isFailure()) {
					gone.add(subscriber);
				}
			}
			gone.forEach(this.subscribers::remove);
		}
	}

	/** How many subscribers the feed has now. */
	public int subscribers() {
		synchronized (this.subscribers) {
			return this.subscribers.size();
		}
	}

	private void remove(Subscriber subscriber) {
		synchronized (this.subscribers) {
			this.subscribers.remove(subscriber);
		}
	}

	@Override
	public void destroy() {
		synchronized (this.subscribers) {
			this.subscribers.forEach((subscriber) -> subscriber.sink().tryEmitComplete());
			this.subscribers.clear();
		}
		this.delivery.dispose();
	}

}

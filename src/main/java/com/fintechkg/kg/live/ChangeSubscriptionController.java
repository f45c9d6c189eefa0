package com.fintechkg.kg.live;

import com.fintechkg.kg.vocabulary.Kind;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.stereotype.Controller;

/** The {@code changes} subscription: open to anonymous readers, like queries. */
@Controller
class ChangeSubscriptionController {

	private final ChangeFeed feed;

	ChangeSubscriptionController(ChangeFeed feed) {
		this.feed = feed;
	}

	@SubscriptionMapping
	Flux<ChangeEvent> changes(@Argument @Nullable String entityId, @Argument @Nullable Kind kind,
			@Argument @Nullable String relationType) {
		return this.feed.subscribe((event) -> event.matches(entityId, kind, relationType));
	}

}

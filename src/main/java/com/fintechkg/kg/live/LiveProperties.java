package com.fintechkg.kg.live;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Bounds of the {@code changes} subscription.
 *
 * @param maxSubscribers most subscriptions open at once (over WebSocket and SSE together); one more is refused
 * @param backlog most changes held for one subscriber that has not taken them yet; one more drops it, with an error
 * after the changes it was still owed
 */
@ConfigurationProperties("fintechkg.live")
record LiveProperties(@DefaultValue("200") int maxSubscribers, @DefaultValue("256") int backlog) {

	LiveProperties {
		if (maxSubscribers < 1 || backlog < 1) {
			throw new IllegalArgumentException("fintechkg.live.max-subscribers and fintechkg.live.backlog must be at "
					+ "least 1, were " + maxSubscribers + " and " + backlog);
		}
	}

}

package com.fintechkg.kg.live;

import java.util.Map;

import com.fintechkg.kg.caching.GraphVersion;
import com.fintechkg.kg.embedded.EmbeddedNeo4j;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import org.neo4j.configuration.GraphDatabaseSettings;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.execution.SubscriptionExceptionResolver;
import org.springframework.graphql.execution.SubscriptionExceptionResolverAdapter;

/**
 * The change feed, fed by the embedded database's commits. With a Neo4j server instead
 * ({@code fintechkg.embedded.enabled=false}) there is no commit listener in this process, and the subscription
 * stays open without events.
 */
@Configuration(proxyBeanMethods = false)
class LiveConfiguration {

	@Bean
	ChangeFeed changeFeed(LiveProperties properties) {
		return new ChangeFeed(properties);
	}

	/** Registered before the seed loads (beans are created before lifecycle components start). */
	@Bean
	CommitListenerRegistration commitListener(ObjectProvider<EmbeddedNeo4j> embedded, ChangeFeed feed,
			GraphVersion version) {
		EmbeddedNeo4j neo4j = embedded.getIfAvailable();
		if (neo4j == null) {
			return new CommitListenerRegistration(null, null);
		}
		CommitListener listener = new CommitListener(feed, version::current);
		neo4j.managementService().registerTransactionEventListener(GraphDatabaseSettings.DEFAULT_DATABASE_NAME, listener);
		return new CommitListenerRegistration(neo4j, listener);
	}

	record CommitListenerRegistration(EmbeddedNeo4j neo4j, CommitListener listener) implements DisposableBean {

		@Override
		public void destroy() {
			if (this.neo4j != null) {
				try {
					this.neo4j.managementService()
						.unregisterTransactionEventListener(GraphDatabaseSettings.DEFAULT_DATABASE_NAME, this.listener);
				}
				catch (RuntimeException ex) {
					// the database is already shut down
				}
			}
		}

	}

	/** Refusals and drops as GraphQL errors with {@code extensions.code}. */
	@Bean
	SubscriptionExceptionResolver liveErrors() {
		return new SubscriptionExceptionResolverAdapter() {

			@Override
			protected GraphQLError resolveToSingleError(Throwable ex) {
				if (ex instanceof LiveException live) {
					return GraphqlErrorBuilder.newError()
						.message(live.getMessage())
						.errorType(ErrorType.BAD_REQUEST)
						.extensions(Map.of("code", live.code()))
						.build();
				}
				return null;
			}

		};
	}

}

package com.fintechkg.kg.embedded;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

/**
 * Starts the embedded database on a thread of its own as soon as the context has read its bean definitions, so that
 * opening the store (the largest single part of start-up) runs while the web server and the other beans are created;
 * the {@link EmbeddedNeo4j} bean waits for it. Owns the database: closes it when the context closes, also when the
 * context failed before anything used it.
 */
final class EmbeddedNeo4jStart implements BeanFactoryPostProcessor, DisposableBean {

	private final Environment environment;

	private @Nullable CompletableFuture<EmbeddedNeo4j> starting;

	EmbeddedNeo4jStart(Environment environment) {
		this.environment = environment;
	}

	@Override
	public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
		begin();
	}

	private synchronized CompletableFuture<EmbeddedNeo4j> begin() {
		if (this.starting == null) {
			EmbeddedNeo4jProperties properties = Binder.get(this.environment)
				.bindOrCreate("fintechkg.embedded", EmbeddedNeo4jProperties.class);
			String password = this.environment.getProperty("spring.neo4j.authentication.password", "");
			CompletableFuture<EmbeddedNeo4j> future = new CompletableFuture<>();
			Thread.ofPlatform().name("embedded-neo4j-start").start(() -> {
				try {
					future.complete(EmbeddedNeo4j.start(properties, password));
				}
				catch (Throwable ex) {
					future.completeExceptionally(ex);
				}
			});
			this.starting = future;
		}
		return this.starting;
	}

	/** The started database; waits for the start, and throws what it threw. */
	EmbeddedNeo4j database() {
		try {
			return begin().join();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			if (ex.getCause() instanceof Error cause) {
				throw cause;
			}
			throw ex;
		}
	}

	@Override
	public void destroy() {
		CompletableFuture<EmbeddedNeo4j> future;
		synchronized (this) {
			future = this.starting;
		}
		if (future != null) {
			try {
				future.join().close();
			}
			catch (CompletionException ex) {
				// the start failed: nothing to close
			}
		}
	}

}

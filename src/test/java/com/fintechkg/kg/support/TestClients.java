package com.fintechkg.kg.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

/**
 * The HTTP and Bolt clients of the tests, each with time limits far above any normal answer, so a service that
 * stops answering fails the waiting test with a time-out instead of hanging the build. The statements a Bolt
 * client sends are further bounded by the embedded database's own transaction time-out.
 */
public final class TestClients {

	/** Longest wait for a TCP connection. */
	public static final Duration CONNECT = Duration.ofSeconds(10);

	/** Longest wait for one HTTP answer (an ordinary one takes milliseconds, a whole-graph export a few seconds). */
	public static final Duration REQUEST = Duration.ofMinutes(2);

	private TestClients() {
	}

	/** An HTTP client that gives up connecting after {@link #CONNECT}. */
	public static HttpClient http() {
		return HttpClient.newBuilder().connectTimeout(CONNECT).build();
	}

	/** The same, following no redirects. */
	public static HttpClient httpWithoutRedirects() {
		return HttpClient.newBuilder().connectTimeout(CONNECT).followRedirects(HttpClient.Redirect.NEVER).build();
	}

	/** A request that gives up waiting for its answer after {@link #REQUEST}. */
	public static HttpRequest.Builder request(URI uri) {
		return HttpRequest.newBuilder(uri).timeout(REQUEST);
	}

	/** {@code request} with the time limit of {@link #request(URI)} when it has none of its own. */
	public static HttpRequest bounded(HttpRequest request) {
		return request.timeout().isPresent() ? request
				: HttpRequest.newBuilder(request, (name, value) -> true).timeout(REQUEST).build();
	}

	/** A Bolt driver without authentication that gives up connecting or waiting for a connection in time. */
	public static Driver bolt(URI uri) {
		return bolt(uri.toString());
	}

	/** The same, by text. */
	public static Driver bolt(String uri) {
		return GraphDatabase.driver(uri, AuthTokens.none(), Config.builder()
			.withConnectionTimeout(CONNECT.toSeconds(), TimeUnit.SECONDS)
			.withConnectionAcquisitionTimeout(1, TimeUnit.MINUTES)
			.withMaxTransactionRetryTime(30, TimeUnit.SECONDS)
			.build());
	}

}

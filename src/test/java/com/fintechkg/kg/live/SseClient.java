package com.fintechkg.kg.live;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.fintechkg.kg.support.TestClients;
import tools.jackson.databind.json.JsonMapper;

/**
 * A GraphQL over Server-Sent Events client on the JDK's HttpClient: POSTs the subscription with
 * {@code Accept: text/event-stream} and parses the stream's events ({@code event:} and {@code data:} lines) as
 * they arrive, on a thread of its own. Every wait is bounded.
 */
final class SseClient implements AutoCloseable {

	/** One server-sent event: its name and its data (JSON, or empty). */
	record Event(String name, Map<String, Object> data) {
	}

	private static final JsonMapper json = JsonMapper.builder().build();

	private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();

	private final Thread reader;

	/** Completes when the service sends its headers, which Spring does with the first event. */
	private final CompletableFuture<HttpResponse<Stream<String>>> response;

	@SuppressWarnings("unchecked")
	SseClient(URI uri, String query) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(uri)
			.header("Content-Type", "application/json")
			.header("Accept", "text/event-stream")
			.POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(Map.of("query", query))))
			.build();
		this.response = TestClients.http().sendAsync(request, HttpResponse.BodyHandlers.ofLines());
		this.reader = Thread.ofVirtual().start(() -> {
			String name = "message";
			StringBuilder data = new StringBuilder();
			try (Stream<String> lines = this.response.get(TransportWsClient.WAIT.toSeconds() * 4, TimeUnit.SECONDS).body()) {
				for (String line : (Iterable<String>) lines::iterator) {
					if (line.startsWith("event:")) {
						name = line.substring(6).strip();
					}
					else if (line.startsWith("data:")) {
						data.append(line.substring(5).strip());
					}
					else if (line.isEmpty() && (data.length() > 0 || !"message".equals(name))) {
						this.events.add(new Event(name, (data.length() > 0) ? json.readValue(data.toString(), Map.class) : Map.of()));
						name = "message";
						data.setLength(0);
					}
				}
			}
			catch (Exception ex) {
				// the stream was closed, or never opened: the test's next() reports it
			}
			this.events.add(new Event("closed", Map.of()));
		});
	}

	int status() throws Exception {
		return this.response.get(TransportWsClient.WAIT.toSeconds(), TimeUnit.SECONDS).statusCode();
	}

	String contentType() throws Exception {
		return this.response.get(TransportWsClient.WAIT.toSeconds(), TimeUnit.SECONDS)
			.headers()
			.firstValue("Content-Type")
			.orElse("");
	}

	/** The next event, waiting at most {@link TransportWsClient#WAIT}. */
	Event next() throws InterruptedException {
		Event event = this.events.poll(TransportWsClient.WAIT.toSeconds(), TimeUnit.SECONDS);
		if (event == null) {
			throw new IllegalStateException("No event within " + TransportWsClient.WAIT);
		}
		return event;
	}

	@Override
	public void close() {
		this.reader.interrupt();
		if (this.response.isDone() && !this.response.isCompletedExceptionally()) {
			this.response.join().body().close();
		}
		else {
			this.response.cancel(true);
		}
	}

}

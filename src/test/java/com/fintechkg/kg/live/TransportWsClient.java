package com.fintechkg.kg.live;

import java.net.URI;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.fintechkg.kg.support.TestClients;
import tools.jackson.databind.json.JsonMapper;

/**
 * A GraphQL over WebSocket client speaking the {@code graphql-transport-ws} protocol by hand, on the JDK's own
 * WebSocket: what a browser's graphql-ws library sends and expects. Every wait is bounded.
 */
final class TransportWsClient implements AutoCloseable {

	static final Duration WAIT = Duration.ofSeconds(30);

	private static final JsonMapper json = JsonMapper.builder().build();

	private final BlockingQueue<Map<String, Object>> messages = new LinkedBlockingQueue<>();

	private final WebSocket socket;

	private TransportWsClient(URI uri) throws Exception {
		this.socket = TestClients.http()
			.newWebSocketBuilder()
			.subprotocols("graphql-transport-ws")
			.connectTimeout(TestClients.CONNECT)
			.buildAsync(uri, new WebSocket.Listener() {

				private final StringBuilder text = new StringBuilder();

				@Override
				@SuppressWarnings("unchecked")
				public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
					this.text.append(data);
					if (last) {
						TransportWsClient.this.messages.add(json.readValue(this.text.toString(), Map.class));
						this.text.setLength(0);
					}
					webSocket.request(1);
					return null;
				}

				@Override
				public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
					TransportWsClient.this.messages.add(Map.of("type", "closed", "code", statusCode, "reason", reason));
					return null;
				}

			})
			.get(WAIT.toSeconds(), TimeUnit.SECONDS);
	}

	/** Connects and completes the protocol's handshake ({@code connection_init} → {@code connection_ack}). */
	static TransportWsClient connect(URI uri) throws Exception {
		TransportWsClient client = new TransportWsClient(uri);
		client.send(Map.of("type", "connection_init", "payload", Map.of()));
		Map<String, Object> ack = client.next();
		if (!"connection_ack".equals(ack.get("type"))) {
			throw new IllegalStateException("Expected connection_ack, got " + ack);
		}
		return client;
	}

	void subscribe(String id, String query, Map<String, Object> variables) throws Exception {
		send(Map.of("type", "subscribe", "id", id, "payload", Map.of("query", query, "variables", variables)));
	}

	void complete(String id) throws Exception {
		send(Map.of("type", "complete", "id", id));
	}

	/** The next message other than a keep-alive ping/pong, waiting at most {@link #WAIT}. */
	Map<String, Object> next() throws InterruptedException {
		while (true) {
			Map<String, Object> message = this.messages.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
			if (message == null) {
				throw new IllegalStateException("No message within " + WAIT);
			}
			if ("ping".equals(message.get("type"))) {
				send(Map.of("type", "pong"));
				continue;
			}
			if (!"pong".equals(message.get("type"))) {
				return message;
			}
		}
	}

	private void send(Map<String, Object> message) {
		try {
			this.socket.sendText(json.writeValueAsString(message), true).get(WAIT.toSeconds(), TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public void close() {
		this.socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").orTimeout(5, TimeUnit.SECONDS).exceptionally((ex) -> null);
		this.socket.abort();
	}

}

package com.fintechkg.kg.live;

/** Why a subscription is refused or ended; {@link #code()} is the error's {@code extensions.code}. */
final class LiveException extends RuntimeException {

	private final String code;

	private LiveException(String code, String message) {
		super(message, null, false, false);
		this.code = code;
	}

	static LiveException limit(int max) {
		return new LiveException("SUBSCRIBER_LIMIT",
				"The service already has its maximum of " + max + " subscribers; try again later");
	}

	static LiveException dropped(int backlog) {
		return new LiveException("SUBSCRIBER_DROPPED", "Dropped: this subscriber fell " + backlog
				+ " changes behind. Every change up to here was delivered; subscribe again and re-read what you show");
	}

	String code() {
		return this.code;
	}

}

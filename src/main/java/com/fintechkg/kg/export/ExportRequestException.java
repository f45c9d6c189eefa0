package com.fintechkg.kg.export;

import org.springframework.http.HttpStatus;

/** An export request that cannot be served: a malformed parameter (400) or an unknown entity (404). */
class ExportRequestException extends RuntimeException {

	private final HttpStatus status;

	private final String parameter;

	ExportRequestException(HttpStatus status, String parameter, String message) {
		super(message);
		this.status = status;
		this.parameter = parameter;
	}

	HttpStatus status() {
		return this.status;
	}

	String parameter() {
		return this.parameter;
	}

}

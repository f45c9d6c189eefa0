package com.fintechkg.kg.export;

import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/** A refused export as an RFC 9457 problem: the status, a title for the kind of problem, and the parameter at fault. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ExportErrorHandlerUnitTests {

	private final ExportErrorHandler handler = new ExportErrorHandler();

	@Test
	void aMalformedParameterIsABadRequestNamingTheParameter() {
		ResponseEntity<ProblemDetail> answer = this.handler.badExport(
				new ExportRequestException(HttpStatus.BAD_REQUEST, "format", "Unknown format 'xls'"));

		assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(answer.getBody().getStatus()).isEqualTo(400);
		assertThat(answer.getBody().getTitle()).isEqualTo("Invalid export request");
		assertThat(answer.getBody().getDetail()).isEqualTo("Unknown format 'xls'");
		assertThat(answer.getBody().getProperties()).isEqualTo(Map.of("parameter", "format"));
	}

	@Test
	void anUnknownEntityIsNotFound() {
		ResponseEntity<ProblemDetail> answer = this.handler.badExport(
				new ExportRequestException(HttpStatus.NOT_FOUND, "root", "No entity 'nobody'"));

		assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(answer.getBody().getStatus()).isEqualTo(404);
		assertThat(answer.getBody().getTitle()).isEqualTo("Entity not found");
		assertThat(answer.getBody().getDetail()).isEqualTo("No entity 'nobody'");
		assertThat(answer.getBody().getProperties()).isEqualTo(Map.of("parameter", "root"));
	}

}

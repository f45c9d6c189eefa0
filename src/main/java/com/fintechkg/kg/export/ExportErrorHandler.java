package com.fintechkg.kg.export;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Answers a bad export request with an RFC 9457 problem detail ({@code application/problem+json}). */
@RestControllerAdvice(assignableTypes = ExportController.class)
class ExportErrorHandler {

	@ExceptionHandler
	ResponseEntity<ProblemDetail> badExport(ExportRequestException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(ex.status(), ex.getMessage());
		problem.setTitle((ex.status() == HttpStatus.NOT_FOUND) ? "Entity not found"
				: "Invalid export request");
		problem.setProperty("parameter", ex.parameter());
		return ResponseEntity.status(ex.status()).body(problem);
	}

}

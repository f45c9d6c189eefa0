package com.fintechkg.kg.graphql;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * A POST to the GraphQL endpoint whose body Spring's handler cannot read as a GraphQL request (empty, not JSON, an
 * object without a {@code query}) is a 400 in the shape of every other error, written by {@link HttpErrors}, rather
 * than the servlet container's error page.
 */
@Component
class UnreadableRequests implements HandlerExceptionResolver, Ordered {

	private final String path;

	UnreadableRequests(@Value("${spring.graphql.http.path:/graphql}") String path) {
		this.path = path;
	}

	@Override
	public @Nullable ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response,
			@Nullable Object handler, Exception ex) {
		boolean unreadable = ex instanceof HttpMessageNotReadableException || ex instanceof ServerWebInputException;
		if (!unreadable || !this.path.equals(request.getRequestURI().substring(request.getContextPath().length()))) {
			return null;
		}
		try {
			HttpErrors.write(request, response, HttpStatus.BAD_REQUEST, ErrorType.BAD_REQUEST,
					"Request body must be a JSON object with a \"query\"");
			return new ModelAndView();
		}
		catch (IOException writeFailed) {
			return null;
		}
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}

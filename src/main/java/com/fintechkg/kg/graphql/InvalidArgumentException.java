package com.fintechkg.kg.graphql;

import java.util.Map;

import org.springframework.graphql.execution.ErrorType;

/** An argument outside its allowed range or format; reported to clients as {@code BAD_REQUEST}. */
public class InvalidArgumentException extends ClientErrorException {

	public InvalidArgumentException(String message) {
		super(ErrorType.BAD_REQUEST, message, Map.of());
	}

}

package com.fintechkg.kg.graphql;

/** An argument outside its allowed range or format; reported to clients as {@code BAD_REQUEST}. */
public class InvalidArgumentException extends RuntimeException {

	public InvalidArgumentException(String message) {
		super(message);
	}

}

package com.fintechkg.kg.paging;

/**
 * The bound shared by list arguments: a connection's {@code first} (and a typed relationship list's) takes 0 to
 * {@value #MAX_FIRST}. Each argument states its range in the schema, which also gives its default; the resolver
 * declares the same range as a Bean Validation constraint ({@code @Range}) on its {@code @Argument}, checked before
 * the resolver runs, and {@code GraphQlErrorHandler} answers a value outside it with a {@code BAD_REQUEST} naming the
 * argument and the range.
 */
public final class Bounds {

	public static final int MAX_FIRST = 100;

	private Bounds() {
	}

}

package com.fintechkg.kg.graphql;

import org.jspecify.annotations.Nullable;

/** The limits on list arguments, checked before any query runs. */
public final class Bounds {

	public static final int DEFAULT_FIRST = 20;

	public static final int MAX_FIRST = 100;

	private Bounds() {
	}

	/** {@code first} of a connection: 0 to 100, 20 when absent. */
	public static int first(@Nullable Integer first) {
		return check("first", (first != null) ? first : DEFAULT_FIRST, 0, MAX_FIRST);
	}

	/** Checks that {@code value} lies in {@code [min, max]}, naming the argument and the range otherwise. */
	public static int check(String argument, int value, int min, int max) {
		if (value < min || value > max) {
			throw new InvalidArgumentException(
					"Argument '%s' must be between %d and %d, was %d".formatted(argument, min, max, value));
		}
		return value;
	}

}

package com.fintechkg.kg.seed;

import java.util.List;

/**
 * A seed that cannot be loaded: unreadable, malformed or invalid. The message lists every problem with
 * its file and line, so a curator can fix them all in one go.
 */
public class SeedException extends RuntimeException {

	private final List<String> problems;

	public SeedException(String location, List<String> problems) {
		super(message(location, problems));
		this.problems = List.copyOf(problems);
	}

	public List<String> problems() {
		return this.problems;
	}

	private static String message(String location, List<String> problems) {
		StringBuilder text = new StringBuilder("Invalid seed at ").append(location).append(" (")
			.append(problems.size()).append(problems.size() == 1 ? " problem" : " problems").append("):");
		problems.stream().limit(50).forEach((problem) -> text.append("\n  - ").append(problem));
		if (problems.size() > 50) {
			text.append("\n  ... and ").append(problems.size() - 50).append(" more");
		}
		return text.toString();
	}

}

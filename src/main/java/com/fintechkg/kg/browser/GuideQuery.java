package com.fintechkg.kg.browser;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One of the ready-to-run Cypher queries of {@code docs/cypher/}, as the guide shows it. A file starts with
 * {@code //} comment lines: the title, then the explanation, then {@code // expect: a, b} naming what its answer
 * must contain (checked by the tests, not shown); the Cypher follows.
 *
 * @param file the file name, e.g. {@code 04-icbc-model-to-customer-service.cypher}
 * @param title the first comment line
 * @param description the other comment lines, paragraphs separated by empty comment lines
 * @param expected names or values the answer contains
 * @param cypher the query itself
 */
public record GuideQuery(String file, String title, List<String> description, List<String> expected, String cypher) {

	private static final String EXPECT = "expect:";

	public static GuideQuery parse(String file, String text) {
		List<String> comments = new ArrayList<>();
		List<String> cypher = new ArrayList<>();
		for (String line : text.strip().split("\\R")) {
			if (cypher.isEmpty() && line.startsWith("//")) {
				comments.add(line.substring(2).strip());
			}
			else {
				cypher.add(line);
			}
		}
		if (comments.isEmpty() || comments.getFirst().isEmpty() || cypher.isEmpty()) {
			throw new IllegalArgumentException(file + ": expected a // title line, comments, then the Cypher query");
		}
		List<String> expected = comments.stream()
			.filter((line) -> line.startsWith(EXPECT))
			.flatMap((line) -> Arrays.stream(line.substring(EXPECT.length()).split(",")))
			.map(String::strip)
			.filter((value) -> !value.isEmpty())
			.toList();
		List<String> description = paragraphs(comments.subList(1, comments.size())
			.stream()
			.filter((line) -> !line.startsWith(EXPECT))
			.toList());
		return new GuideQuery(file, comments.getFirst(), description, expected, String.join("\n", cypher).strip());
	}

	private static List<String> paragraphs(List<String> lines) {
		List<String> paragraphs = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		for (String line : lines) {
			if (line.isEmpty()) {
				if (!current.isEmpty()) {
					paragraphs.add(current.toString());
					current.setLength(0);
				}
				continue;
			}
			current.append(current.isEmpty() ? "" : " ").append(line);
		}
		if (!current.isEmpty()) {
			paragraphs.add(current.toString());
		}
		return paragraphs;
	}

}

package com.fintechkg.kg.graphql;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Rewrites graphql-java's error messages into the client's terms. graphql-java prints argument values as its AST
 * objects' {@code toString()} ({@code ObjectValue{objectFields=[ObjectField{name='foo', ...}]}}), names AST and
 * Java classes ({@code 'IntValue'}, {@code 'LinkedHashMap'}) and its parser (ANTLR); here values are printed as
 * GraphQL literals ({@code {foo: 1}}) and types as GraphQL words ({@code an integer}, {@code an object}).
 */
final class ClientMessages {

	private static final Pattern AST_VALUE = Pattern
		.compile("\\b(ObjectValue|ArrayValue|StringValue|IntValue|FloatValue|BooleanValue|EnumValue|NullValue"
				+ "|VariableReference|ObjectField)\\{");

	private static final Pattern EXPECTED_AST = Pattern.compile("an AST type of '(\\w+)'(?: or '(\\w+)')?");

	private static final Pattern BUT_IT_WAS = Pattern.compile("(but it was) an? '(\\w+)'");

	private static final Map<String, String> WORDS = Map.ofEntries(Map.entry("StringValue", "a string"),
			Map.entry("String", "a string"), Map.entry("IntValue", "an integer"), Map.entry("Integer", "an integer"),
			Map.entry("Long", "an integer"), Map.entry("Short", "an integer"), Map.entry("Byte", "an integer"),
			Map.entry("BigInteger", "an integer"), Map.entry("FloatValue", "a number"), Map.entry("Double", "a number"),
			Map.entry("Float", "a number"), Map.entry("BigDecimal", "a number"), Map.entry("BooleanValue", "a boolean"),
			Map.entry("Boolean", "a boolean"), Map.entry("EnumValue", "an enum value"),
			Map.entry("ObjectValue", "an input object"), Map.entry("LinkedHashMap", "an object"),
			Map.entry("HashMap", "an object"), Map.entry("Map", "an object"), Map.entry("ArrayValue", "a list"),
			Map.entry("ArrayList", "a list"), Map.entry("List", "a list"), Map.entry("NullValue", "null"),
			Map.entry("VariableReference", "a variable"));

	private ClientMessages() {
	}

	/** {@code message} with graphql-java's and Java's internal names replaced by what the client wrote. */
	static @Nullable String clean(@Nullable String message) {
		if (message == null) {
			return null;
		}
		String text = literals(message);
		text = replace(EXPECTED_AST, text, (m) -> (m.group(2) == null) ? word(m.group(1))
				: word(m.group(1)).equals(word(m.group(2))) || "FloatValue".equals(m.group(2)) ? "a number"
						: word(m.group(1)) + " or " + word(m.group(2)));
		text = replace(BUT_IT_WAS, text, (m) -> m.group(1) + " " + word(m.group(2)));
		return text.replace("with ANTLR error", "with error");
	}

	private static String word(String type) {
		return WORDS.getOrDefault(type, "a value of another type");
	}

	/** Replaces every AST value printed in {@code message} by the GraphQL literal it stands for. */
	private static String literals(String message) {
		StringBuilder out = new StringBuilder();
		int from = 0;
		Matcher matcher = AST_VALUE.matcher(message);
		while (matcher.find(from)) {
			out.append(message, from, matcher.start());
			Literal literal = new Literal(message, matcher.start());
			String printed = literal.value();
			if (printed != null) {
				out.append(printed);
				from = literal.position;
			}
			else {
				out.append("the value given");
				from = skipBalanced(message, matcher.end());
			}
		}
		out.append(message.substring(from));
		return out.toString();
	}

	/** The index after the brace closing the one opened just before {@code start}, or the end of the text. */
	private static int skipBalanced(String text, int start) {
		int depth = 1;
		for (int i = start; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '{') {
				depth++;
			}
			else if (c == '}' && --depth == 0) {
				return i + 1;
			}
		}
		return text.length();
	}

	private static String replace(Pattern pattern, String text,
			java.util.function.Function<Matcher, String> replacement) {
		return pattern.matcher(text).replaceAll((result) -> Matcher.quoteReplacement(replacement.apply((Matcher) result)));
	}

	/** A reader of graphql-java's AST {@code toString()} form, printing it back as a GraphQL literal. */
	private static final class Literal {

		private final String text;

		private int position;

		Literal(String text, int position) {
			this.text = text;
			this.position = position;
		}

		@Nullable String value() {
			try {
				return read();
			}
			catch (IllegalStateException | IndexOutOfBoundsException ex) {
				return null;
			}
		}

		private String read() {
			String name = name();
			expect("{");
			String printed = switch (name) {
				case "IntValue", "FloatValue", "BooleanValue" -> {
					expect("value=");
					yield until('}');
				}
				case "StringValue" -> {
					expect("value='");
					yield quoted(untilQuoteBrace());
				}
				case "EnumValue" -> {
					expect("name='");
					yield until('\'');
				}
				case "VariableReference" -> {
					expect("name='");
					yield "$" + until('\'');
				}
				case "NullValue" -> "null";
				case "ArrayValue" -> {
					expect("values=[");
					yield "[" + String.join(", ", items()) + "]";
				}
				case "ObjectValue" -> {
					expect("objectFields=[");
					yield "{" + String.join(", ", items()) + "}";
				}
				case "ObjectField" -> {
					expect("name='");
					String field = until('\'');
					expect("', value=");
					yield field + ": " + read();
				}
				default -> throw new IllegalStateException(name);
			};
			skip('\'');
			expect("}");
			return printed;
		}

		private List<String> items() {
			List<String> items = new ArrayList<>();
			while (!this.text.startsWith("]", this.position)) {
				items.add(read());
				if (this.text.startsWith(", ", this.position)) {
					this.position += 2;
				}
			}
			this.position++;
			return items;
		}

		private String name() {
			int start = this.position;
			while (Character.isLetter(this.text.charAt(this.position))) {
				this.position++;
			}
			return this.text.substring(start, this.position);
		}

		private void expect(String token) {
			if (!this.text.startsWith(token, this.position)) {
				throw new IllegalStateException(token);
			}
			this.position += token.length();
		}

		private void skip(char c) {
			if (this.position < this.text.length() && this.text.charAt(this.position) == c) {
				this.position++;
			}
		}

		private String until(char end) {
			int stop = this.text.indexOf(end, this.position);
			if (stop < 0) {
				throw new IllegalStateException(String.valueOf(end));
			}
			String value = this.text.substring(this.position, stop);
			this.position = stop;
			return value;
		}

		/** A string value runs to the first quote followed by the closing brace. */
		private String untilQuoteBrace() {
			int stop = this.text.indexOf("'}", this.position);
			if (stop < 0) {
				throw new IllegalStateException("'}");
			}
			String value = this.text.substring(this.position, stop);
			this.position = stop;
			return value;
		}

		private static String quoted(String value) {
			return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
		}

	}

}

package com.fintechkg.kg.graphql;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.fintechkg.kg.paging.Bounds;
import com.fintechkg.kg.support.GraphQlHttp.Answer;
import com.fintechkg.kg.support.GraphQlHttp;
import com.fintechkg.kg.support.KnowledgeGraphTest;
import com.fintechkg.kg.support.TestClients;
import graphql.validation.ValidationErrorType;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How refused requests read to a client: in its own terms (no graphql-java AST or Java class text), a field that
 * fails its bounds answers null beside its error (never an empty page), the bounds every relationship field
 * states are the bounds it enforces, and a GET without a query is a 400 with a JSON error like any other.
 */
@KnowledgeGraphTest
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class RequestErrorsTests {

	/** What graphql-java's or Java's internals look like in a message: AST classes, toString forms, class names. */
	private static final Pattern INTERNAL_TEXT = Pattern.compile("\\b(ObjectValue|ArrayValue|StringValue|IntValue"
			+ "|FloatValue|BooleanValue|EnumValue|NullValue|VariableReference|ObjectField|LinkedHashMap|HashMap"
			+ "|ArrayList|ANTLR|AST)\\b|[A-Z]\\w*\\{\\w+=|\\bjava\\.|\\bgraphql\\.|Exception|com\\.fintechkg");

	@Autowired
	GraphQlHttp graphQl;

	@Nested
	class ValidationMessages {

		/** A request provoking each validation error graphql-java can raise against this schema. */
		static final Map<ValidationErrorType, String> PROVOKED = new LinkedHashMap<>();

		/** Validation error types no request can provoke here, and why. */
		static final Map<ValidationErrorType, String> UNREACHABLE = Map.of(
				ValidationErrorType.DefaultForNonNullArgument, "raised by no validation rule of graphql-java 25",
				ValidationErrorType.InvalidSyntax, "raised by no validation rule; syntax errors come from the parser",
				ValidationErrorType.VariableNotAllowed, "raised by no validation rule of graphql-java 25",
				ValidationErrorType.UnknownOperation, "the schema defines all three operation types");

		static {
			PROVOKED.put(ValidationErrorType.MaxValidationErrorsReached, "{ "
					+ IntStream.range(0, 120).mapToObj((i) -> "f" + i).collect(Collectors.joining(" ")) + " }");
			PROVOKED.put(ValidationErrorType.WrongType, "{ entities(where: {foo: 1, AND: [{name: {eq: 5}}]}) { totalCount } }");
			PROVOKED.put(ValidationErrorType.UnknownType, "{ entity(id: \"icbc\") { ... on Nope { id } } }");
			PROVOKED.put(ValidationErrorType.SubselectionRequired, "{ entity(id: \"icbc\") }");
			PROVOKED.put(ValidationErrorType.SubselectionNotAllowed, "{ stats { entities { x } } }");
			PROVOKED.put(ValidationErrorType.BadValueForDefaultArg,
					"query ($w: EntityWhere = {foo: [1, \"x\", null, X]}) { entities(where: $w) { totalCount } }");
			PROVOKED.put(ValidationErrorType.FieldUndefined, "{ entity(id: \"icbc\") { nope } }");
			PROVOKED.put(ValidationErrorType.InlineFragmentTypeConditionInvalid, "{ entity(id: \"icbc\") { ... on String { id } } }");
			PROVOKED.put(ValidationErrorType.FragmentTypeConditionInvalid,
					"{ entity(id: \"icbc\") { ...F } } fragment F on String { id }");
			PROVOKED.put(ValidationErrorType.UnknownArgument, "{ entity(id: \"icbc\", x: {y: 1}) { id } }");
			PROVOKED.put(ValidationErrorType.UndefinedFragment, "{ entity(id: \"icbc\") { ...G } }");
			PROVOKED.put(ValidationErrorType.NonInputTypeOnVariable, "query ($x: SearchHit) { stats { entities } }");
			PROVOKED.put(ValidationErrorType.UnusedFragment, "{ stats { entities } } fragment U on Query { stats { entities } }");
			PROVOKED.put(ValidationErrorType.MissingFieldArgument, "{ entity { id } }");
			PROVOKED.put(ValidationErrorType.MissingDirectiveArgument, "{ entity(id: \"icbc\") { id @include } }");
			PROVOKED.put(ValidationErrorType.VariableTypeMismatch, "query ($x: String) { entity(id: $x) { id } }");
			PROVOKED.put(ValidationErrorType.UnknownDirective, "{ entity(id: \"icbc\") { id @nope(a: {b: 1}) } }");
			PROVOKED.put(ValidationErrorType.MisplacedDirective, "query @include(if: true) { stats { entities } }");
			PROVOKED.put(ValidationErrorType.UndefinedVariable, "{ entity(id: $x) { id } }");
			PROVOKED.put(ValidationErrorType.UnusedVariable, "query ($x: ID) { stats { entities } }");
			PROVOKED.put(ValidationErrorType.FragmentCycle, "{ ...A } fragment A on Query { ...A }");
			PROVOKED.put(ValidationErrorType.FieldsConflict, "{ entity(id: \"icbc\") { name: id name } }");
			PROVOKED.put(ValidationErrorType.InvalidFragmentType, "{ entity(id: \"icbc\") { ... on SearchHit { score } } }");
			PROVOKED.put(ValidationErrorType.LoneAnonymousOperationViolation, "{ stats { entities } } query A { stats { entities } }");
			PROVOKED.put(ValidationErrorType.NonExecutableDefinition, "type Foo { x: Int } { stats { entities } }");
			PROVOKED.put(ValidationErrorType.DuplicateOperationName, "query A { stats { entities } } query A { stats { entities } }");
			PROVOKED.put(ValidationErrorType.DuplicateFragmentName,
					"{ ...A } fragment A on Query { stats { entities } } fragment A on Query { stats { entities } }");
			PROVOKED.put(ValidationErrorType.DuplicateDirectiveName,
					"{ entity(id: \"icbc\") { id @skip(if: true) @skip(if: false) } }");
			PROVOKED.put(ValidationErrorType.DuplicateArgumentNames, "{ entity(id: \"icbc\", id: \"x\") { id } }");
			PROVOKED.put(ValidationErrorType.DuplicateIncrementalLabel,
					"{ entity(id: \"icbc\") { ... @defer(label: \"a\") { id } ... @defer(label: \"a\") { name } } }");
			PROVOKED.put(ValidationErrorType.DuplicateVariableName, "query ($x: ID!, $x: ID!) { entity(id: $x) { id } }");
			PROVOKED.put(ValidationErrorType.NullValueForNonNullArgument, "{ entity(id: null) { id } }");
			PROVOKED.put(ValidationErrorType.UniqueObjectFieldName,
					"{ entities(where: {name: {eq: \"a\", eq: \"b\"}}) { totalCount } }");
			PROVOKED.put(ValidationErrorType.SubscriptionMultipleRootFields,
					"subscription { changes { action } again: changes { action } }");
			PROVOKED.put(ValidationErrorType.SubscriptionIntrospectionRootField, "subscription { __typename }");
		}

		@Test
		void everyValidationErrorTypeIsProvokedOrKnownToBeUnreachable() {
			Set<ValidationErrorType> covered = EnumSet.noneOf(ValidationErrorType.class);
			covered.addAll(PROVOKED.keySet());
			covered.addAll(UNREACHABLE.keySet());

			assertThat(covered).containsExactlyInAnyOrder(ValidationErrorType.values());
		}

		@Test
		void everyValidationErrorReadsInTheClientsTermsWithoutInternalText() {
			PROVOKED.forEach((type, query) -> {
				Answer answer = RequestErrorsTests.this.graphQl.post(query);
				List<String> messages = messages(answer);

				assertThat(messages).as(type + ": " + answer.body()).isNotEmpty();
				if (type != ValidationErrorType.MaxValidationErrorsReached) {
					assertThat(messages).as(type + " provoked").anyMatch((message) -> message.contains(type.name()));
				}
				assertNoInternalText(type.name(), messages);
				assertThat(answer.errorClassifications()).as(type.name()).containsOnly("BAD_REQUEST");
			});
		}

		@Test
		void argumentValuesArePrintedAsTheClientWroteThem() {
			Answer answer = RequestErrorsTests.this.graphQl.post(
					"{ entities(where: {foo: 1, OR: [{name: {eq: \"x\"}}], kind: {eq: INSTITUTION}, value: null}) { totalCount } }");

			assertThat(messages(answer)).singleElement()
				.asString()
				.contains("{foo: 1, OR: [{name: {eq: \"x\"}}], kind: {eq: INSTITUTION}, value: null}")
				.contains("'foo'");
		}

		@Test
		void aValueOfTheWrongTypeIsNamedInGraphQlWords() {
			assertThat(messages(RequestErrorsTests.this.graphQl.post("{ entities(first: \"x\") { totalCount } }")))
				.singleElement()
				.asString()
				.contains("'Int'")
				.containsIgnoringCase("expected an integer but it was a string");
		}

		@Test
		void variablesOfTheWrongShapeAreNamedInGraphQlWords() {
			List<Map<String, Object>> variables = List.of(Map.of("w", Map.of("name", Map.of("eq", Map.of("a", 1)))),
					Map.of("w", Map.of("foo", 1)), Map.of("w", Map.of("name", Map.of("eq", List.of(1)))),
					Map.of("f", "abc"), Map.of("f", 1.5), Map.of("f", Map.of()), Map.of("k", "NOPE"));
			for (Map<String, Object> values : variables) {
				Answer answer = RequestErrorsTests.this.graphQl.post("""
						query ($w: EntityWhere, $f: Int, $k: [EntityKind!]) {
						  entities(where: $w, first: $f) { totalCount } search(query: "x", kinds: $k) { score } }""",
						values);

				assertThat(answer.errorClassifications()).as(answer.body()).containsOnly("BAD_REQUEST").isNotEmpty();
				assertNoInternalText(values.toString(), messages(answer));
			}
		}

		@Test
		void syntaxErrorsNameTheOffendingTextNotTheParser() {
			for (String query : List.of("{ entity(id: \"icbc\") { id ` } }", "{ entity(id: \"\\u12\") { id } }",
					"{ entity(id: \"\"\"abc) { id } }", "{ entity(id: \"icbc\") { id }", "query ($x: Int = $y) { stats { entities } }")) {
				Answer answer = RequestErrorsTests.this.graphQl.post(query);

				assertThat(answer.errorClassifications()).as(answer.body()).containsExactly("BAD_REQUEST");
				assertNoInternalText(query, messages(answer));
			}
		}

	}

	@Nested
	class FieldsOutOfBounds {

		private static final Pattern RANGE = Pattern.compile("(\\d+) to (\\d+)");

		/** A connection's page size when {@code first} is not given, as the schema states it. */
		private static final int CONNECTION_DEFAULT_FIRST = 20;

		private static final Map<String, String> ENTITY_OF_EACH_KIND = Map.of("Institution", "icbc", "Technology",
				"large-model", "Regulation", "data-security-law", "Product", "chatabc", "Scenario", "customer-service",
				"Region", "hong-kong", "Indicator", "global-fintech-funding-2022");

		@Test
		void everyRelationshipFieldEnforcesTheBoundsItStatesAndAnswersNullBesideTheError() {
			Map<String, List<BoundedField>> byType = boundedFields().stream()
				.collect(Collectors.groupingBy(BoundedField::type, LinkedHashMap::new, Collectors.toList()));
			assertThat(byType.values().stream().mapToInt(List::size).sum()).isGreaterThan(100);

			byType.forEach((type, fields) -> {
				Answer atMaximum = RequestErrorsTests.this.graphQl.post(BoundedField.query(type, fields, BoundedField::max));
				assertThat(atMaximum.errors()).as(type + " at each maximum").isEmpty();
				for (boolean below : List.of(true, false)) {
					Answer answer = RequestErrorsTests.this.graphQl
						.post(BoundedField.query(type, fields, (field) -> below ? field.min() - 1 : field.max() + 1));
					assertThat(answer.errorClassifications()).as(type + " " + answer.body())
						.hasSize(fields.size())
						.containsOnly("BAD_REQUEST");
					for (Map<String, Object> error : answer.errors()) {
						@SuppressWarnings("unchecked")
						List<Object> path = (List<Object>) error.get("path");
						BoundedField field = fields.get(Integer.parseInt(((String) path.getLast()).substring(1)));
						assertThat((String) error.get("message")).as(field.toString())
							.contains("'first'")
							.contains(String.valueOf(field.min()))
							.contains(String.valueOf(field.max()));
						assertThat(nullAlongPath(answer, error))
							.as(field + " answers null, not a page: " + answer.body())
							.isTrue();
					}
				}
			});
		}

		@Test
		void everyListOfRelationsTakesTheConnectionsBoundsOrSaysHowItDiffers() {
			for (BoundedField field : boundedFields()) {
				boolean connectionBounds = field.min() == 0 && field.max() == Bounds.MAX_FIRST
						&& field.defaultValue() == CONNECTION_DEFAULT_FIRST;
				if (!connectionBounds) {
					assertThat(field.description()).as(field.toString())
						.contains(field.defaultValue() + " by default")
						.contains("not paged")
						.contains(Bounds.MAX_FIRST + ", " + CONNECTION_DEFAULT_FIRST + " by default");
				}
			}
		}

		@Test
		void aCursorTheConnectionDidNotIssueAnswersNullBesideTheError() {
			Answer answer = RequestErrorsTests.this.graphQl.post("{ entities(after: \"not-a-cursor\") { totalCount edges { cursor } } }");

			assertThat(answer.errorClassifications()).containsExactly("BAD_REQUEST");
			assertThat(answer.<Object>read("$.data.entities")).isNull();
		}

		/**
		 * Every field of an entity type with a bounded {@code first} (relations and typed relationship fields), and
		 * every paged field of the query root (the entity connections and the relations query).
		 */
		private List<BoundedField> boundedFields() {
			Answer schema = RequestErrorsTests.this.graphQl.post("""
					{ __schema { types { name interfaces { name } fields { name args { name description defaultValue } } } } }""");
			List<Map<String, Object>> types = schema.read("$.data.__schema.types");
			List<BoundedField> fields = new ArrayList<>();
			for (Map<String, Object> type : types) {
				String name = (String) type.get("name");
				boolean entity = ENTITY_OF_EACH_KIND.containsKey(name);
				if (!entity && !"Query".equals(name)) {
					continue;
				}
				@SuppressWarnings("unchecked")
				List<Map<String, Object>> typeFields = (List<Map<String, Object>>) type.get("fields");
				for (Map<String, Object> field : typeFields) {
					@SuppressWarnings("unchecked")
					List<Map<String, Object>> args = (List<Map<String, Object>>) field.get("args");
					if (!entity && args.stream().noneMatch((arg) -> "after".equals(arg.get("name")))) {
						continue;
					}
					args.stream().filter((arg) -> "first".equals(arg.get("name"))).findFirst().ifPresent((first) -> {
						String description = (String) first.get("description");
						Matcher range = RANGE.matcher(description);
						assertThat(range.find()).as(name + "." + field.get("name") + " states its range").isTrue();
						fields.add(new BoundedField(name, (String) field.get("name"), description,
								Integer.parseInt(range.group(1)), Integer.parseInt(range.group(2)),
								Integer.parseInt((String) first.get("defaultValue"))));
					});
				}
			}
			return fields;
		}

		record BoundedField(String type, String field, String description, int min, int max, int defaultValue) {

			/** One request asking every field of {@code fields} (of one type), aliased by index, with its {@code first}. */
			static String query(String type, List<BoundedField> fields, java.util.function.ToIntFunction<BoundedField> first) {
				String selection = IntStream.range(0, fields.size())
					.mapToObj((i) -> "f%d: %s(first: %d) { __typename }".formatted(i, fields.get(i).field(),
							first.applyAsInt(fields.get(i))))
					.collect(Collectors.joining(" "));
				if ("Query".equals(type)) {
					return "{ " + selection + " }";
				}
				return "{ entity(id: \"%s\") { ... on %s { %s } } }".formatted(ENTITY_OF_EACH_KIND.get(type), type,
						selection);
			}

			@Override
			public String toString() {
				return this.type + "." + this.field;
			}

		}

	}

	@Nested
	class GetWithoutQuery {

		@Test
		void aGetWithoutQueryIsABadRequestSayingHowToAskInTheShapeOfEveryError() {
			Answer answer = get("application/json");

			assertThat(answer.status()).isEqualTo(400);
			assertThat(answer.contentType()).startsWith("application/json");
			assertThat(answer.errorClassifications()).containsExactly("BAD_REQUEST");
			assertThat((String) answer.errors().getFirst().get("message")).contains("'query'").contains("POST");
			assertThat(answer.errors().getFirst().keySet()).containsOnly("message", "extensions");
		}

		@Test
		void aGraphQlClientGetsTheGraphQlResponseMediaType() {
			Answer answer = get("application/graphql-response+json");

			assertThat(answer.status()).isEqualTo(400);
			assertThat(answer.contentType()).startsWith("application/graphql-response+json");
			assertThat(answer.errorClassifications()).containsExactly("BAD_REQUEST");
		}

		@Test
		void aClientThatAcceptsAnythingGetsJson() {
			Answer answer = get("*/*");

			assertThat(answer.status()).isEqualTo(400);
			assertThat(answer.contentType()).startsWith("application/json");
			assertThat(answer.errorClassifications()).containsExactly("BAD_REQUEST");
		}

		@Test
		void aMutationOverGetIsRefusedWithTheSameShapeAndAllowsPost() {
			Answer answer = RequestErrorsTests.this.graphQl.get("mutation { deleteRelation(input: {id: \"x\", "
					+ "expectedVersion: 1, reason: \"r\", citation: {section: \"1\", quote: \"q\"}}) { id } }");

			assertThat(answer.status()).isEqualTo(405);
			assertThat(answer.errorClassifications()).containsExactly("BAD_REQUEST");
		}

		private Answer get(String accept) {
			return RequestErrorsTests.this.graphQl.send(TestClients.request(RequestErrorsTests.this.graphQl.uri("/graphql"))
				.header("Accept", accept)
				.GET()
				.build());
		}

	}

	private static List<String> messages(Answer answer) {
		return answer.errors().stream().map((error) -> String.valueOf(error.get("message"))).toList();
	}

	private static void assertNoInternalText(String what, List<String> messages) {
		assertThat(messages).as(what).allSatisfy((message) -> assertThat(INTERNAL_TEXT.matcher(message).find())
			.as("internal text in: " + message).isFalse());
	}

	/** Whether the answer's data is null at the error's path or at some field above it (no empty page instead). */
	@SuppressWarnings("unchecked")
	private static boolean nullAlongPath(Answer answer, Map<String, Object> error) {
		Object node = answer.body().contains("\"data\":null") ? null : answer.read("$.data");
		for (Object segment : (List<Object>) error.get("path")) {
			if (node == null) {
				return true;
			}
			node = (segment instanceof Number index) ? ((List<Object>) node).get(index.intValue())
					: ((Map<String, Object>) node).get(segment);
		}
		return node == null;
	}

}

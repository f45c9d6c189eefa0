package com.fintechkg.kg.graphql;

import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import com.fintechkg.kg.paging.Bounds;
import com.fintechkg.kg.paging.Cursor;
import com.fintechkg.kg.paging.PageInfo;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Size;
import org.hibernate.validator.constraints.Range;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Connection arguments and results: the bounds on {@code first} and other arguments (Bean Validation constraints,
 * read back as the messages clients get), opaque cursors, and Relay's page info.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class PagingUnitTests {

	private static final Validator validator = Validation.byDefaultProvider()
		.configure()
		.messageInterpolator(new ParameterMessageInterpolator())
		.buildValidatorFactory()
		.getValidator();

	@Test
	void firstAcceptsZeroToAHundred() {
		for (int first : new int[] { 0, 37, Bounds.MAX_FIRST }) {
			assertThat(refusals("page", first)).as("first: %d", first).isEmpty();
		}
	}

	@Test
	void firstOutsideItsRangeIsRefusedNamingTheRange() {
		assertThat(refusals("page", 101)).containsExactly("Argument 'first' must be between 0 and 100, was 101");
		assertThat(refusals("page", -1)).containsExactly("Argument 'first' must be between 0 and 100, was -1");
	}

	@Test
	void anyBoundedArgumentIncludesBothEnds() {
		assertThat(refusals("around", 1)).isEmpty();
		assertThat(refusals("around", 3)).isEmpty();
		assertThat(refusals("around", 0)).containsExactly("Argument 'depth' must be between 1 and 3, was 0");
		assertThat(refusals("around", 4)).containsExactly("Argument 'depth' must be between 1 and 3, was 4");
	}

	@Test
	void everyArgumentOutOfBoundsIsNamedInTheOrderTheFieldDeclaresThem() throws Exception {
		Method method = Resolver.class.getDeclaredMethod("paths", int.class, int.class);
		Set<ConstraintViolation<Resolver>> violations = validator.forExecutables()
			.validateParameters(new Resolver(), method, new Object[] { 7, 0 });

		assertThat(new GraphQlErrorHandler().outOfBounds(GraphqlErrorBuilder.newError(),
				new ConstraintViolationException(violations)))
			.extracting(GraphQLError::getMessage)
			.containsExactly("Argument 'maxHops' must be between 1 and 6, was 7",
					"Argument 'first' must be between 1 and 100, was 0");
	}

	@Test
	void aTextTooLongIsRefusedNamingItsLength() throws Exception {
		Method method = Resolver.class.getDeclaredMethod("search", String.class);
		Set<ConstraintViolation<Resolver>> violations = validator.forExecutables()
			.validateParameters(new Resolver(), method, new Object[] { "x".repeat(201) });

		assertThat(violations).extracting(GraphQlErrorHandler::message)
			.containsExactly("Argument 'query' must be at most 200 characters, was 201");
	}

	/** The messages a resolver's bounds give for {@code value} of its one bounded argument, as clients read them. */
	private static List<String> refusals(String resolver, int value) {
		try {
			Method method = Resolver.class.getDeclaredMethod(resolver, int.class);
			return validator.forExecutables()
				.validateParameters(new Resolver(), method, new Object[] { value })
				.stream()
				.map(GraphQlErrorHandler::message)
				.toList();
		}
		catch (NoSuchMethodException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Resolvers bounded as the service's are. */
	static class Resolver {

		void page(@Range(min = 0, max = Bounds.MAX_FIRST) int first) {
		}

		void around(@Range(min = 1, max = 3) int depth) {
		}

		void paths(@Range(min = 1, max = 6) int maxHops, @Range(min = 1, max = Bounds.MAX_FIRST) int first) {
		}

		void search(@Size(max = 200) String query) {
		}

	}

	@Test
	void aCursorIsUrlSafeAndGivesBackItsKey() {
		String key = "[\"中国工商银行\",\"icbc\"]?/+";

		String cursor = Cursor.encode(key);

		assertThat(cursor).matches("[A-Za-z0-9_-]+");
		assertThat(cursor).doesNotContain("icbc");
		assertThat(Cursor.decode(cursor, "after")).isEqualTo(key);
		assertThat(Cursor.decode(Cursor.encode(""), "after")).isEmpty();
	}

	@Test
	void aCursorThisServiceDidNotIssueIsRefusedNamingTheArgument() {
		String withoutVersionTag = Base64.getUrlEncoder().withoutPadding()
			.encodeToString("icbc".getBytes(StandardCharsets.UTF_8));

		assertThatExceptionOfType(InvalidArgumentException.class).isThrownBy(() -> Cursor.decode("***", "before"))
			.withMessage("Argument 'before' is not a cursor issued by this service");
		assertThatExceptionOfType(InvalidArgumentException.class)
			.isThrownBy(() -> Cursor.decode(withoutVersionTag, "after"))
			.withMessage("Argument 'after' is not a cursor issued by this service");
	}

	@Test
	void pageInfoPointsAtTheFirstAndLastEdge() {
		PageInfo page = PageInfo.of(List.of("c1", "c2", "c3"), true, false);

		assertThat(page.startCursor()).isEqualTo("c1");
		assertThat(page.endCursor()).isEqualTo("c3");
		assertThat(page.hasNextPage()).isTrue();
		assertThat(page.hasPreviousPage()).isFalse();
		assertThat(PageInfo.of(List.of("c1"), false, true)).isEqualTo(new PageInfo(false, true, "c1", "c1"));
	}

	@Test
	void anEmptyPageHasNoCursors() {
		assertThat(PageInfo.of(List.of(), false, true)).isEqualTo(new PageInfo(false, true, null, null));
	}

}

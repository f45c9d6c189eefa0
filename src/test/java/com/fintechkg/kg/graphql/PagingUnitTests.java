package com.fintechkg.kg.graphql;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Connection arguments and results: the bounds on {@code first}, opaque cursors, and Relay's page info. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class PagingUnitTests {

	@Test
	void firstDefaultsToTwentyAndAcceptsZeroToAHundred() {
		assertThat(Bounds.first(null)).isEqualTo(20);
		assertThat(Bounds.first(0)).isZero();
		assertThat(Bounds.first(37)).isEqualTo(37);
		assertThat(Bounds.first(100)).isEqualTo(100);
	}

	@Test
	void firstOutsideItsRangeIsRefusedNamingTheRange() {
		assertThatExceptionOfType(InvalidArgumentException.class).isThrownBy(() -> Bounds.first(101))
			.withMessage("Argument 'first' must be between 0 and 100, was 101");
		assertThatExceptionOfType(InvalidArgumentException.class).isThrownBy(() -> Bounds.first(-1))
			.withMessage("Argument 'first' must be between 0 and 100, was -1");
	}

	@Test
	void anyBoundedArgumentIncludesBothEnds() {
		assertThat(Bounds.check("depth", 1, 1, 3)).isEqualTo(1);
		assertThat(Bounds.check("depth", 3, 1, 3)).isEqualTo(3);
		assertThatExceptionOfType(InvalidArgumentException.class).isThrownBy(() -> Bounds.check("depth", 0, 1, 3))
			.withMessage("Argument 'depth' must be between 1 and 3, was 0");
		assertThatExceptionOfType(InvalidArgumentException.class).isThrownBy(() -> Bounds.check("depth", 4, 1, 3))
			.withMessage("Argument 'depth' must be between 1 and 3, was 4");
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

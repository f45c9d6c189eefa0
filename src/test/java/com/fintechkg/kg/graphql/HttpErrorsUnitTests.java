package com.fintechkg.kg.graphql;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import org.springframework.graphql.execution.ErrorType;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one writer of HTTP-level error bodies: the body of a GraphQL error, the media type the client accepts; and
 * no other class of the service writes such a body itself, so a filter or route cannot answer in a shape of its own.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class HttpErrorsUnitTests {

	/** What writing an error body by hand looks like: an {@code errors} key, or a servlet response's writer. */
	private static final Pattern HAND_WRITTEN = Pattern.compile("\"(\\\\\")?errors(\\\\\")?\"|getWriter\\(\\)|sendError\\(");

	@Test
	void aFilterWritesTheBodyOfAGraphQlErrorAndNothingElse() throws IOException {
		MockHttpServletResponse response = new MockHttpServletResponse();

		HttpErrors.write(new MockHttpServletRequest("POST", "/graphql"), response, HttpStatus.UNAUTHORIZED,
				ErrorType.UNAUTHORIZED, "Unknown \"API\" token 令牌");

		assertThat(response.getStatus()).isEqualTo(401);
		assertThat(response.getContentType()).isEqualTo("application/json");
		assertThat(response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(
				"{\"errors\":[{\"message\":\"Unknown \\\"API\\\" token 令牌\",\"extensions\":{\"classification\":\"UNAUTHORIZED\"}}]}");
	}

	@Test
	void theGraphQlResponseMediaTypeWhenTheClientNamesItElseJson() {
		assertThat(HttpErrors.mediaType(List.of("application/graphql-response+json")))
			.isEqualTo(MediaType.APPLICATION_GRAPHQL_RESPONSE);
		assertThat(HttpErrors.mediaType(List.of("application/json;q=0.5, application/graphql-response+json")))
			.isEqualTo(MediaType.APPLICATION_GRAPHQL_RESPONSE);
		assertThat(HttpErrors.mediaType(List.of("text/html", "application/graphql-response+json")))
			.isEqualTo(MediaType.APPLICATION_GRAPHQL_RESPONSE);
		assertThat(HttpErrors.mediaType(List.of("*/*"))).isEqualTo(MediaType.APPLICATION_JSON);
		assertThat(HttpErrors.mediaType(List.of("application/json"))).isEqualTo(MediaType.APPLICATION_JSON);
		assertThat(HttpErrors.mediaType(List.of())).isEqualTo(MediaType.APPLICATION_JSON);
		assertThat(HttpErrors.mediaType(List.of("not a media type"))).isEqualTo(MediaType.APPLICATION_JSON);
	}

	@Test
	void noOtherClassWritesAnErrorBodyOfItsOwn() throws IOException {
		Path sources = Path.of("src/main/java");
		try (Stream<Path> files = Files.walk(sources)) {
			List<String> writers = files.filter((file) -> file.toString().endsWith(".java"))
				.filter((file) -> !file.endsWith(Path.of("com/fintechkg/kg/graphql/HttpErrors.java")))
				.filter((file) -> HAND_WRITTEN.matcher(read(file)).find())
				.map((file) -> sources.relativize(file).toString())
				.toList();

			assertThat(writers).as("classes writing an HTTP error body themselves instead of through HttpErrors")
				.isEmpty();
		}
		assertThat(HAND_WRITTEN.matcher(read(sources.resolve("com/fintechkg/kg/graphql/HttpErrors.java"))).find())
			.as("the pattern recognises the one writer").isTrue();
		assertThat(HAND_WRITTEN.matcher("response.getWriter().write(\"{\\\"errors\\\":[]}\")").find()).isTrue();
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}

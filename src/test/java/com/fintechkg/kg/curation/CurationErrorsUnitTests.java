package com.fintechkg.kg.curation;

import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fintechkg.kg.graphql.GraphQlErrorHandler;
import com.fintechkg.kg.graphql.ServiceErrorType;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import org.springframework.graphql.execution.ErrorType;

import static org.assertj.core.api.Assertions.assertThat;

/** A refused curated write as the client sees it (through the one error mapping): its classification, message and details. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class CurationErrorsUnitTests {

	private final GraphQlErrorHandler errors = new GraphQlErrorHandler();

	@Test
	void invalidInputIsABadRequest() {
		GraphQLError error = map(CurationException.invalid("Invalid input: `name` must not be blank"));

		assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
		assertThat(error.getMessage()).isEqualTo("Invalid input: `name` must not be blank");
		assertThat(error.getExtensions()).isNullOrEmpty();
	}

	@Test
	void somethingMissingIsNotFound() {
		GraphQLError error = map(CurationException.notFound("No entity 'nobody'"));

		assertThat(error.getErrorType()).isEqualTo(ErrorType.NOT_FOUND);
		assertThat(error.getMessage()).isEqualTo("No entity 'nobody'");
	}

	@Test
	void aClashIsAConflict() {
		GraphQLError error = map(CurationException.conflict("Entity 'icbc' already exists"));

		assertThat(error.getErrorType()).isEqualTo(ServiceErrorType.CONFLICT);
		assertThat(error.getMessage()).isEqualTo("Entity 'icbc' already exists");
	}

	@Test
	void aStaleVersionIsAConflictTellingBothVersionsAndWhatToDo() {
		GraphQLError error = map(CurationException.stale("Entity", "icbc", 3, 5));

		assertThat(error.getErrorType()).isEqualTo(ServiceErrorType.CONFLICT);
		assertThat(error.getMessage()).isEqualTo("Entity 'icbc' is at version 5, not 3: it was changed since you read it;"
				+ " read it again and reapply your change");
		assertThat(error.getExtensions()).containsExactlyInAnyOrderEntriesOf(Map.of("expectedVersion", 3,
				"currentVersion", 5));
	}

	private GraphQLError map(CurationException ex) {
		return this.errors.refused(GraphqlErrorBuilder.newError(), ex);
	}

}

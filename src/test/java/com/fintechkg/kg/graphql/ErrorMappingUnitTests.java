package com.fintechkg.kg.graphql;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import graphql.ErrorType;
import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.Scalars;
import graphql.execution.ExecutionStepInfo;
import graphql.execution.MergedField;
import graphql.execution.ResultPath;
import graphql.language.Field;
import graphql.language.SourceLocation;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingEnvironmentImpl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.kernel.api.exceptions.Status;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.transaction.CannotCreateTransactionException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How failures reach a GraphQL client: a refused argument is a {@code BAD_REQUEST} with its message; a query
 * past the time limit or an unreachable database is {@code UNAVAILABLE} with a reason and no internals; every error
 * graphql-java raises about the request itself is a {@code BAD_REQUEST} keeping graphql-java's own class as reason.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ErrorMappingUnitTests {

	@Test
	void anInvalidArgumentIsABadRequestWithItsMessage() {
		GraphQLError error = new GraphQlErrorHandler().refused(GraphqlErrorBuilder.newError(),
				new InvalidArgumentException("Argument 'first' must be between 0 and 100, was 101"));

		assertThat(error.getErrorType()).isEqualTo(org.springframework.graphql.execution.ErrorType.BAD_REQUEST);
		assertThat(error.getMessage()).isEqualTo("Argument 'first' must be between 0 and 100, was 101");
	}

	@Nested
	class DatabaseFailures {

		private final DatabaseErrors errors = new DatabaseErrors(Duration.ofSeconds(5));

		private final ListAppender<ILoggingEvent> log = new ListAppender<>();

		private final Logger logger = (Logger) LoggerFactory.getLogger(DatabaseErrors.class);

		/** The level before the test: other tests of the same JVM may have configured logging differently. */
		private Level level;

		@BeforeEach
		void captureLog() {
			this.level = this.logger.getLevel();
			this.logger.setLevel(Level.WARN);
			this.log.start();
			this.logger.addAppender(this.log);
		}

		@AfterEach
		void releaseLog() {
			this.logger.detachAppender(this.log);
			this.logger.setLevel(this.level);
		}

		@Test
		void aQueryStoppedAtTheTimeLimitIsUnavailableNamingTheLimitAndHowToAskForLess() {
			GraphQLError error = this.errors.resolveToSingleError(
					new ClientException("Neo.ClientError.Transaction.TransactionTimedOut", "secret cypher text"),
					environment());

			assertThat(error.getErrorType()).isEqualTo(ServiceErrorType.UNAVAILABLE);
			assertThat(error.getMessage()).isEqualTo("The query took longer than the 5000 ms limit and was stopped; ask for"
					+ " less (smaller first, depth or maxHops) and retry");
			assertThat(error.getExtensions()).containsExactlyEntriesOf(Map.of("reason", "TIMEOUT"));
			assertThat(error.getPath()).containsExactly("entities");
			assertThat(error.getLocations()).containsExactly(new SourceLocation(1, 3));
		}

		@Test
		void anUnreachableDatabaseIsUnavailableWithoutTheDriversMessage() {
			GraphQLError error = this.errors.resolveToSingleError(
					new ServiceUnavailableException("Connection to bolt://10.0.0.7:7687 refused"), environment());

			assertThat(error.getErrorType()).isEqualTo(ServiceErrorType.UNAVAILABLE);
			assertThat(error.getMessage()).isEqualTo("The graph database is unavailable; retry later");
			assertThat(error.getExtensions()).containsExactlyEntriesOf(Map.of("reason", "DATABASE_UNAVAILABLE"));
		}

		@Test
		void theFailureIsLoggedForTheOperatorWithItsPathAndReason() {
			this.errors.resolveToSingleError(new ServiceUnavailableException("refused"), environment());

			assertThat(this.log.list).singleElement().satisfies((event) -> assertThat(event.getFormattedMessage())
				.contains("/entities").contains("DATABASE_UNAVAILABLE").contains("refused"));
		}

		@Test
		void anyOtherFailureIsLeftToTheOpaqueInternalError() {
			assertThat(this.errors.resolveToSingleError(new IllegalStateException("bug"), environment())).isNull();
			assertThat(this.errors.resolveToSingleError(
					new ClientException("Neo.ClientError.Statement.SyntaxError", "bad cypher"), environment()))
				.isNull();
			assertThat(this.log.list).isEmpty();
		}

		@Test
		void aTimeoutIsRecognisedOverBoltInProcessAndWrappedInOtherExceptions() {
			assertThat(DatabaseErrors.reason(new ClientException("Neo.ClientError.Transaction.TransactionTimedOut", "x")))
				.isEqualTo(DatabaseErrors.Reason.TIMEOUT);
			assertThat(DatabaseErrors.reason(new TimedOutInProcess())).isEqualTo(DatabaseErrors.Reason.TIMEOUT);
			assertThat(DatabaseErrors.reason(new DataIntegrityViolationException("wrapped",
					new IllegalStateException("wrapped", new TimedOutInProcess()))))
				.isEqualTo(DatabaseErrors.Reason.TIMEOUT);
		}

		@Test
		void everyWayOfNotReachingTheDatabaseIsUnavailable() {
			assertThat(DatabaseErrors.reason(new ServiceUnavailableException("down")))
				.isEqualTo(DatabaseErrors.Reason.DATABASE_UNAVAILABLE);
			assertThat(DatabaseErrors.reason(new SessionExpiredException("expired")))
				.isEqualTo(DatabaseErrors.Reason.DATABASE_UNAVAILABLE);
			assertThat(DatabaseErrors.reason(new DataAccessResourceFailureException("down")))
				.isEqualTo(DatabaseErrors.Reason.DATABASE_UNAVAILABLE);
			assertThat(DatabaseErrors.reason(new CannotCreateTransactionException("down")))
				.isEqualTo(DatabaseErrors.Reason.DATABASE_UNAVAILABLE);
			assertThat(DatabaseErrors.reason(new RuntimeException("wrapped", new SessionExpiredException("expired"))))
				.isEqualTo(DatabaseErrors.Reason.DATABASE_UNAVAILABLE);
		}

		@Test
		void otherDatabaseErrorsHaveNoReason() {
			assertThat(DatabaseErrors.reason(new ClientException("Neo.ClientError.Statement.SyntaxError", "x"))).isNull();
			assertThat(DatabaseErrors.reason(new Neo4jException("no code"))).isNull();
			assertThat(DatabaseErrors.reason(new OtherInProcessError())).isNull();
			assertThat(DatabaseErrors.reason(new RuntimeException("wrapped", new IllegalStateException()))).isNull();
		}

		private static DataFetchingEnvironment environment() {
			return DataFetchingEnvironmentImpl.newDataFetchingEnvironment()
				.mergedField(MergedField.newMergedField(Field.newField("entities").sourceLocation(new SourceLocation(1, 3))
					.build()).build())
				.executionStepInfo(ExecutionStepInfo.newExecutionStepInfo()
					.type(Scalars.GraphQLString)
					.path(ResultPath.rootPath().segment("entities"))
					.build())
				.build();
		}

		/** How the embedded database reports a transaction stopped at its timeout. */
		static final class TimedOutInProcess extends RuntimeException implements Status.HasStatus {

			@Override
			public Status status() {
				return Status.Transaction.TransactionTimedOut;
			}

		}

		static final class OtherInProcessError extends RuntimeException implements Status.HasStatus {

			@Override
			public Status status() {
				return Status.Statement.SyntaxError;
			}

		}

	}

	@Nested
	class RequestErrors {

		@Test
		void everyKindOfRefusedRequestBecomesABadRequestKeepingGraphQlJavasClassAsTheReason() {
			for (ErrorType type : List.of(ErrorType.InvalidSyntax, ErrorType.ValidationError, ErrorType.ExecutionAborted,
					ErrorType.OperationNotSupported)) {
				GraphQLError error = GraphqlErrorBuilder.newError()
					.errorType(type)
					.message("Refused: " + type)
					.location(new SourceLocation(2, 5))
					.path(List.of("entities", 0))
					.extensions(new LinkedHashMap<>(Map.of("classification", type.toString(), "detail", "kept")))
					.build();

				GraphQLError classified = classify(error).getFirst();

				assertThat(classified.getErrorType()).as(type.toString())
					.isEqualTo(org.springframework.graphql.execution.ErrorType.BAD_REQUEST);
				assertThat(classified.getMessage()).isEqualTo("Refused: " + type);
				assertThat(classified.getExtensions()).containsOnly(Map.entry("reason", type.toString()),
						Map.entry("detail", "kept"));
				assertThat(classified.getLocations()).containsExactly(new SourceLocation(2, 5));
				assertThat(classified.getPath()).containsExactly("entities", 0);
			}
		}

		@Test
		void aRefusedRequestWithoutExtensionsLocationsOrPathGetsOnlyItsReason() {
			GraphQLError error = new GraphQLError() {

				@Override
				public String getMessage() {
					return "Invalid syntax";
				}

				@Override
				public List<SourceLocation> getLocations() {
					return null;
				}

				@Override
				public graphql.ErrorClassification getErrorType() {
					return ErrorType.InvalidSyntax;
				}

			};

			GraphQLError classified = classify(error).getFirst();

			assertThat(classified.getErrorType()).isEqualTo(org.springframework.graphql.execution.ErrorType.BAD_REQUEST);
			assertThat(classified.getExtensions()).containsExactlyEntriesOf(Map.of("reason", "InvalidSyntax"));
			assertThat(classified.getPath()).isNullOrEmpty();
			assertThat(classified.getLocations()).isNullOrEmpty();
		}

		@Test
		void otherErrorsBesideARefusedRequestAreLeftAsTheyAre() {
			GraphQLError internal = GraphqlErrorBuilder.newError()
				.errorType(org.springframework.graphql.execution.ErrorType.INTERNAL_ERROR)
				.message("INTERNAL_ERROR for 1")
				.build();
			GraphQLError untyped = new GraphQLError() {

				@Override
				public String getMessage() {
					return "an error without a classification";
				}

				@Override
				public List<SourceLocation> getLocations() {
					return null;
				}

				@Override
				public graphql.ErrorClassification getErrorType() {
					return null;
				}

			};
			GraphQLError aborted = GraphqlErrorBuilder.newError().errorType(ErrorType.ExecutionAborted).message("too deep").build();

			List<GraphQLError> classified = classify(internal, untyped, aborted);

			assertThat(classified).hasSize(3);
			assertThat(classified.get(0)).isSameAs(internal);
			assertThat(classified.get(1)).isSameAs(untyped);
			assertThat(classified.get(2).getErrorType()).isEqualTo(org.springframework.graphql.execution.ErrorType.BAD_REQUEST);
		}

		@Test
		void aResponseWithoutRefusedRequestErrorsPassesUnchanged() {
			WebGraphQlResponse ok = response(List.of());
			WebGraphQlResponse failed = response(List.of(GraphqlErrorBuilder.newError()
				.errorType(ErrorType.DataFetchingException).message("boom").build()));

			assertThat(intercept(ok)).isSameAs(ok);
			assertThat(intercept(failed)).isSameAs(failed);
		}

		private List<GraphQLError> classify(GraphQLError... errors) {
			return intercept(response(List.of(errors))).getExecutionResult().getErrors();
		}

		private WebGraphQlResponse intercept(WebGraphQlResponse response) {
			WebGraphQlRequest request = new WebGraphQlRequest(URI.create("http://localhost/graphql"), new HttpHeaders(),
					null, null, Map.of(), Map.of("query", "{ entities { id } }"), "1", null);
			return new RequestErrorClassifier().intercept(request, (next) -> Mono.just(response)).block();
		}

		private static WebGraphQlResponse response(List<GraphQLError> errors) {
			ExecutionResult result = ExecutionResult.newExecutionResult().errors(errors).build();
			return new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(
					ExecutionInput.newExecutionInput("{ entities { id } }").build(), result));
		}

	}

}

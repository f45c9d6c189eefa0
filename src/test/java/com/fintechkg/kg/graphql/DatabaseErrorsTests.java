package com.fintechkg.kg.graphql;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fintechkg.kg.graph.GraphReads;
import com.fintechkg.kg.support.KnowledgeGraphTest;
import graphql.GraphQLError;
import graphql.Scalars;
import graphql.execution.ExecutionStepInfo;
import graphql.execution.MergedField;
import graphql.execution.ResultPath;
import graphql.language.Field;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingEnvironmentImpl;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.ServiceUnavailableException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A query past the transaction timeout is stopped by the database, frees it, and reaches the client as a clean
 * {@code UNAVAILABLE} error with reason {@code TIMEOUT}; an unreachable database as {@code DATABASE_UNAVAILABLE}.
 */
@KnowledgeGraphTest
class DatabaseErrorsTests {

	@Autowired
	Neo4jClient neo4j;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	DatabaseErrors errors;

	@Autowired
	GraphReads reads;

	@Value("${spring.transaction.default-timeout}")
	Duration timeout;

	@Test
	void aQueryPastTheTimeoutIsStoppedFreesTheDatabaseAndIsReportedWithoutInternals() {
		TransactionTemplate readOnly = new TransactionTemplate(this.transactions);
		readOnly.setReadOnly(true);

		DataAccessException ex = catchThrowableOfType(DataAccessException.class,
				() -> readOnly.executeWithoutResult((status) -> this.neo4j
					.query("UNWIND range(1, 10000000000) AS x WITH x WHERE x % 7 = 100 RETURN count(x)").fetch().all()));

		assertThat(this.neo4j.query("""
				SHOW TRANSACTIONS YIELD currentQuery WHERE NOT currentQuery STARTS WITH 'SHOW' RETURN currentQuery""")
			.fetch().all()).as("transactions still running after the timeout").isEmpty();
		GraphQLError error = resolve(ex);
		assertThat(error.getErrorType()).isEqualTo(ServiceErrorType.UNAVAILABLE);
		assertThat(error.getExtensions()).containsEntry("reason", "TIMEOUT");
		assertThat(error.getMessage()).contains(this.timeout.toMillis() + " ms").doesNotContain("UNWIND", "Neo.", "Exception");
		assertThat(error.getPath()).containsExactly("search");
	}

	@Test
	void aReadPastTheTimeoutOnTheApisReadPathIsReportedTheSameWay() {
		DataAccessException ex = catchThrowableOfType(DataAccessException.class, () -> this.reads
			.query("UNWIND range(1, 10000000000) AS x WITH x WHERE x % 7 = 100 RETURN count(x)").fetchAs(Long.class).all());

		GraphQLError error = resolve(ex);
		assertThat(error.getErrorType()).isEqualTo(ServiceErrorType.UNAVAILABLE);
		assertThat(error.getExtensions()).containsEntry("reason", "TIMEOUT");
		assertThat(error.getMessage()).contains(this.timeout.toMillis() + " ms").doesNotContain("UNWIND", "Neo.", "Exception");
	}

	@Test
	void anUnreachableDatabaseIsUnavailable() {
		for (Exception ex : List.of(new ServiceUnavailableException("Unable to connect to localhost:1"),
				new CannotCreateTransactionException("Could not open a new Neo4j session",
						new ServiceUnavailableException("Connection refused")))) {
			GraphQLError error = resolve(ex);

			assertThat(error.getErrorType()).isEqualTo(ServiceErrorType.UNAVAILABLE);
			assertThat(error.getExtensions()).isEqualTo(Map.of("reason", "DATABASE_UNAVAILABLE"));
			assertThat(error.getMessage()).doesNotContain("localhost", "refused", "Neo4j session");
		}
	}

	@Test
	void otherFailuresAreLeftToTheOpaqueInternalError() {
		assertThat(this.errors.resolveException(new IllegalStateException("secret internals"), environment()).block())
			.isNull();
	}

	private GraphQLError resolve(Throwable ex) {
		List<GraphQLError> resolved = this.errors.resolveException(ex, environment()).block();
		assertThat(resolved).hasSize(1);
		return resolved.getFirst();
	}

	private static DataFetchingEnvironment environment() {
		return DataFetchingEnvironmentImpl.newDataFetchingEnvironment()
			.mergedField(MergedField.newMergedField(Field.newField("search").build()).build())
			.executionStepInfo(ExecutionStepInfo.newExecutionStepInfo()
				.type(Scalars.GraphQLString)
				.path(ResultPath.rootPath().segment("search"))
				.build())
			.build();
	}

}

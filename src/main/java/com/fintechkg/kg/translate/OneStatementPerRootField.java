package com.fintechkg.kg.translate;

import java.util.concurrent.ConcurrentHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fintechkg.kg.graph.GraphReads;
import com.fintechkg.kg.translate.RootFieldTranslator.Translation;
import graphql.execution.ExecutionContext;
import graphql.execution.ResultPath;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.language.OperationDefinition;
import graphql.normalized.ExecutableNormalizedField;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLFieldsContainer;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.neo4j.driver.Record;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Answers a query's root field with one statement ({@link RootFieldTranslator}) instead of one per nesting level:
 * the root field's resolver is replaced by the statement, and the resolvers of the relation fields below it by
 * the answers the statement read for each place in the result. A root field the translator does not cover keeps
 * its resolvers and DataLoaders, as does everything on a path where the translator is off.
 *
 * <p>
 * On by default on the driver path ({@code fintechkg.translate.driver-reads}), where every statement is a round
 * trip to the database, off by default in-process ({@code fintechkg.translate.in-process-reads}), where the
 * resolvers' statements cost no round trip; docs/performance.md ("One statement per root field") gives the
 * measurements.
 */
@Component
class OneStatementPerRootField implements Instrumentation {

	private static final Log logger = LogFactory.getLog(OneStatementPerRootField.class);

	private final RootFieldTranslator translator;

	private final GraphReads reads;

	private final boolean enabled;

	OneStatementPerRootField(RootFieldTranslator translator, GraphReads reads,
			@Value("${fintechkg.translate.driver-reads:true}") boolean driverReads,
			@Value("${fintechkg.translate.in-process-reads:false}") boolean inProcessReads) {
		this.translator = translator;
		this.reads = reads;
		this.enabled = reads.inProcess() ? inProcessReads : driverReads;
	}

	@Override
	public InstrumentationState createState(InstrumentationCreateStateParameters parameters) {
		return new Answered();
	}

	@Override
	public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters,
			InstrumentationState state) {
		if (!this.enabled || parameters.isTrivialDataFetcher() || !(state instanceof Answered answered)) {
			return fetcher;
		}
		DataFetchingEnvironment env = parameters.getEnvironment();
		ResultPath path = env.getExecutionStepInfo().getPath();
		if (answered.below.containsKey(path)) {
			Object answer = answered.below.remove(path);
			return (ignored) -> answer;
		}
		ExecutionContext execution = parameters.getExecutionContext();
		if (path.getLevel() != 1 || execution.getOperationDefinition().getOperation() != OperationDefinition.Operation.QUERY
				|| !this.translator.reads(env.getField().getName())) {
			return fetcher;
		}
		return (rootEnv) -> {
			ExecutableNormalizedField field = execution.getNormalizedQueryTree()
				.get()
				.getNormalizedField(rootEnv.getExecutionStepInfo().getField(),
						(GraphQLFieldsContainer) rootEnv.getParentType(), path);
			Optional<Translation> translation = (field != null)
					? this.translator.translate(field, rootEnv.getGraphQLSchema()) : Optional.empty();
			if (translation.isEmpty()) {
				return fetcher.get(rootEnv);
			}
			List<Record> rows;
			try {
				rows = this.reads.query(translation.get().cypher())
					.bindAll(translation.get().parameters())
					.fetchAs(Record.class)
					.mappedBy((types, record) -> record)
					.all();
			}
			catch (RuntimeException ex) {
				// the database failed the statement (or refused the transaction): the resolvers read again and report
				// the failure in the answer, as they always have
				logger.debug("A translated statement failed; the resolvers answer the field", ex);
				return fetcher.get(rootEnv);
			}
			return translation.get().root().answer(rows, answered.below);
		};
	}

	/** The answers a request's statements read for the relation fields below its root fields, by place. */
	private static final class Answered implements InstrumentationState {

		private final Map<ResultPath, Object> below = new ConcurrentHashMap<>();

	}

}

package com.fintechkg.kg.graphql;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingEnvironmentImpl;
import graphql.schema.GraphQLArgument;

import org.springframework.stereotype.Component;

/**
 * The schema is the one place that gives an argument its default: an argument the client sets to {@code null}
 * explicitly gets the schema's default, as one it leaves out does (graphql-java applies defaults to omitted
 * arguments only). So {@code first: null} pages like no {@code first}, and resolvers take their bounded arguments
 * as plain values, within the range their constraints state, without a default of their own.
 */
@Component
class ArgumentDefaults implements Instrumentation {

	@Override
	public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters,
			InstrumentationState state) {
		if (parameters.isTrivialDataFetcher()) {
			return fetcher;
		}
		List<GraphQLArgument> defaulted = parameters.getField()
			.getArguments()
			.stream()
			.filter(GraphQLArgument::hasSetDefaultValue)
			.toList();
		if (defaulted.isEmpty()) {
			return fetcher;
		}
		return (env) -> fetcher.get(withDefaults(env, defaulted));
	}

	/** {@code env}, with the default of every argument in {@code defaulted} given as null; itself if there is none. */
	static DataFetchingEnvironment withDefaults(DataFetchingEnvironment env, List<GraphQLArgument> defaulted) {
		Map<String, Object> arguments = null;
		for (GraphQLArgument argument : defaulted) {
			if (env.containsArgument(argument.getName()) && env.getArgument(argument.getName()) == null) {
				if (arguments == null) {
					arguments = new LinkedHashMap<>(env.getArguments());
				}
				arguments.put(argument.getName(), GraphQLArgument.getArgumentDefaultValue(argument));
			}
		}
		if (arguments == null) {
			return env;
		}
		return DataFetchingEnvironmentImpl.newDataFetchingEnvironment(env).arguments(arguments).build();
	}

}

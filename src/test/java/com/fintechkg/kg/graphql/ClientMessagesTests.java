package com.fintechkg.kg.graphql;

import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;

/** graphql-java's messages put in the client's terms: values as GraphQL literals, types as GraphQL words. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class ClientMessagesTests {

	@Test
	void printsNestedAstValuesAsGraphQlLiterals() {
		String message = "argument 'where' with value 'ObjectValue{objectFields=[ObjectField{name='AND', "
				+ "value=ArrayValue{values=[ObjectValue{objectFields=[ObjectField{name='name', value=ObjectValue{"
				+ "objectFields=[ObjectField{name='nope', value=StringValue{value='x \"y\"'}}]}}]}]}}, "
				+ "ObjectField{name='k', value=EnumValue{name='BANK'}}, ObjectField{name='v', value=FloatValue{value=1.5}}, "
				+ "ObjectField{name='b', value=BooleanValue{value=true}}, ObjectField{name='n', value=NullValue{}}, "
				+ "ObjectField{name='r', value=VariableReference{name='x'}}, ObjectField{name='i', value=IntValue{value=7}}]}' "
				+ "contains a field not in 'StringFilter': 'nope'";

		assertThat(ClientMessages.clean(message)).isEqualTo("argument 'where' with value "
				+ "'{AND: [{name: {nope: \"x \\\"y\\\"\"}}], k: BANK, v: 1.5, b: true, n: null, r: $x, i: 7}' "
				+ "contains a field not in 'StringFilter': 'nope'");
	}

	@Test
	void namesAstAndJavaTypesInGraphQlWords() {
		assertThat(ClientMessages.clean("is not a valid 'Float' - Expected an AST type of 'IntValue' or 'FloatValue' "
				+ "but it was a 'StringValue'"))
			.isEqualTo("is not a valid 'Float' - Expected a number but it was a string");
		assertThat(ClientMessages.clean("Expected a String input, but it was a 'LinkedHashMap'"))
			.isEqualTo("Expected a String input, but it was an object");
		assertThat(ClientMessages.clean("but it was a 'SomethingNew'")).isEqualTo("but it was a value of another type");
	}

	@Test
	void aValueItCannotReadIsReplacedWholeRatherThanPrintedHalf() {
		assertThat(ClientMessages.clean("with value 'ObjectValue{objectFields=[Unexpected{a=b}]}' is wrong"))
			.isEqualTo("with value 'the value given' is wrong");
	}

	@Test
	void leavesOrdinaryMessagesAlone() {
		String message = "Argument 'first' must be between 0 and 100, was 101";

		assertThat(ClientMessages.clean(message)).isEqualTo(message);
	}

	@Test
	void doesNotNameTheParser() {
		assertThat(ClientMessages.clean("Invalid syntax with ANTLR error 'token recognition error at: '`'' at line 1"))
			.isEqualTo("Invalid syntax with error 'token recognition error at: '`'' at line 1");
	}

}

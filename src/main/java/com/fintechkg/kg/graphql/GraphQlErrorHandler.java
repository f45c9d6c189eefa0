package com.fintechkg.kg.graphql;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.hibernate.validator.constraints.Range;

import org.springframework.graphql.data.method.annotation.GraphQlExceptionHandler;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.web.bind.annotation.ControllerAdvice;

/**
 * Gives the errors a data fetcher raises their classification, message and extensions, in one place: a refused
 * request ({@link ClientErrorException}: an invalid argument, a refused curated write) as it says, and an argument
 * outside the bounds its Bean Validation constraints state ({@code @Range}, {@code @Size} on an {@code @Argument})
 * as a {@code BAD_REQUEST} naming the argument, its range and the value given. Database failures are
 * {@link DatabaseErrors}'; anything else falls through to Spring's opaque {@code INTERNAL_ERROR}, so no internals
 * reach clients. Errors graphql-java raises itself (syntax, validation, limits) are classified by
 * {@link RequestErrorClassifier}.
 */
@ControllerAdvice
public class GraphQlErrorHandler {

	/** A refused request: its classification, message and extensions, as the exception gives them. */
	@GraphQlExceptionHandler
	public GraphQLError refused(GraphqlErrorBuilder<?> error, ClientErrorException ex) {
		error.errorType(ex.type()).message(ex.getMessage());
		if (!ex.extensions().isEmpty()) {
			error.extensions(ex.extensions());
		}
		return error.build();
	}

	/** Arguments outside their bounds: one {@code BAD_REQUEST} per argument, in the order the field declares them. */
	@GraphQlExceptionHandler
	public List<GraphQLError> outOfBounds(GraphqlErrorBuilder<?> error, ConstraintViolationException ex) {
		return ex.getConstraintViolations()
			.stream()
			.sorted(Comparator.comparingInt(GraphQlErrorHandler::position).thenComparing(GraphQlErrorHandler::argument))
			.map((violation) -> error.errorType(ErrorType.BAD_REQUEST).message(message(violation)).build())
			.toList();
	}

	/** The message for one violated constraint, e.g. {@code Argument 'first' must be between 0 and 100, was 101}. */
	static String message(ConstraintViolation<?> violation) {
		Object annotation = violation.getConstraintDescriptor().getAnnotation();
		Object value = violation.getInvalidValue();
		String prefix = "Argument '" + argument(violation) + "' must be ";
		return switch (annotation) {
			case Range range -> prefix + "between " + range.min() + " and " + range.max() + ", was " + value;
			case Min min -> prefix + "at least " + min.value() + ", was " + value;
			case Max max -> prefix + "at most " + max.value() + ", was " + value;
			case Size size when value instanceof CharSequence text -> prefix + ((size.min() > 0)
					? "between " + size.min() + " and " + size.max() : "at most " + size.max())
					+ " characters, was " + text.length();
			case Size size when value instanceof java.util.Collection<?> values -> prefix + ((size.min() > 0)
					? "between " + size.min() + " and " + size.max() : "at most " + size.max())
					+ " values, was " + values.size();
			default -> "Argument '" + argument(violation) + "' " + violation.getMessage();
		};
	}

	/** The argument's name, with the path into it for a constraint on a field of an input object. */
	private static String argument(ConstraintViolation<?> violation) {
		return StreamSupport.stream(violation.getPropertyPath().spliterator(), false)
			.filter((node) -> node.getKind() != ElementKind.METHOD && node.getKind() != ElementKind.CONSTRUCTOR
					&& node.getName() != null)
			.map(Path.Node::getName)
			.collect(Collectors.joining("."));
	}

	/** Where the violated argument stands among the method's parameters; 0 when it is not a parameter. */
	private static int position(ConstraintViolation<?> violation) {
		for (Path.Node node : violation.getPropertyPath()) {
			if (node.getKind() == ElementKind.PARAMETER) {
				return node.as(Path.ParameterNode.class).getParameterIndex();
			}
		}
		return 0;
	}

}

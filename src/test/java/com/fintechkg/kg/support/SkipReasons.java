package com.fintechkg.kg.support;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/**
 * Prints every skipped test (a disabled class, a failed assumption such as "needs Debian's chromium") on the
 * console, one line each, so the reasons are seen where the build is read and not only in the XML reports.
 * Registered for every test run through {@code META-INF/services}.
 */
public final class SkipReasons implements TestExecutionListener {

	@Override
	public void executionSkipped(TestIdentifier test, String reason) {
		print(test, reason);
	}

	@Override
	public void executionFinished(TestIdentifier test, TestExecutionResult result) {
		if (result.getStatus() == TestExecutionResult.Status.ABORTED) {
			print(test, result.getThrowable().map(Throwable::getMessage).orElse("aborted"));
		}
	}

	private static void print(TestIdentifier test, String reason) {
		TestSource source = test.getSource().orElse(null);
		String where = switch (source) {
			case MethodSource method -> simpleName(method.getClassName()) + "." + method.getMethodName();
			case ClassSource type -> simpleName(type.getClassName());
			case null, default -> test.getDisplayName();
		};
		String why = (reason != null) ? reason.replace("Assumption failed: ", "").replaceAll("\\s+", " ").strip() : "";
		System.out.println("SKIPPED " + where + ": " + why);
	}

	private static String simpleName(String className) {
		return className.substring(className.lastIndexOf('.') + 1);
	}

}

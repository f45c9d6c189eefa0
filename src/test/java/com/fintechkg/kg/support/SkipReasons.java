package com.fintechkg.kg.support;

import org.junit.platform.engine.TestExecutionResult;
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
		String where = test.getSource().map(Object::toString).orElse("");
		String name = where.contains("className='") ? where.replaceAll(".*className='([^']*)'.*", "$1")
				.replaceAll(".*\\.", "") : "";
		String line = reason.replace("Assumption failed: ", "").replaceAll("\\s+", " ").strip();
		System.out.println("SKIPPED " + (name.isEmpty() ? "" : name + " > ") + test.getDisplayName() + ": " + line);
	}

}

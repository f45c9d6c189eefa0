package com.fintechkg.kg.seed;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Explains a start-up stopped by an invalid seed: every problem with its file and line, and what to do. */
class SeedFailureAnalyzer extends AbstractFailureAnalyzer<SeedException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, SeedException cause) {
		return new FailureAnalysis(cause.getMessage() + "\n\nNothing was written: the database is as it was.",
				"Fix the problems listed above (see graph-seed/README.md for the format), then start again. "
						+ "`java -jar fintech-kg.jar seed validate DIR` checks a seed directory without starting the service.",
				cause);
	}

}

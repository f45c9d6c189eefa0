package com.fintechkg.kg.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The executable jar {@code ./mvnw package} left in {@code target/}, for tests that run it as users do. */
public final class PackagedJar {

	private PackagedJar() {
	}

	public static Path path() throws IOException {
		try (Stream<Path> files = Files.list(Path.of("target"))) {
			return files.filter((file) -> file.getFileName().toString().matches("fintech-kg-.*\\.jar"))
				.filter((file) -> !file.getFileName().toString().endsWith("-plain.jar"))
				.findFirst()
				.orElseThrow(() -> new AssertionError("No packaged jar in target/: run ./mvnw verify"));
		}
	}

}

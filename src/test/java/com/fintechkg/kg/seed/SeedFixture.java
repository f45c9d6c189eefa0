package com.fintechkg.kg.seed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;

/** A copy of the bundled graph-seed/ in a temporary directory, to break on purpose. */
final class SeedFixture {

	static final Path BUNDLED = Path.of("graph-seed");

	private final Path directory;

	private SeedFixture(Path directory) {
		this.directory = directory;
	}

	static SeedFixture copyOfBundled(Path target) {
		try (Stream<Path> files = Files.walk(BUNDLED)) {
			for (Path file : files.toList()) {
				Path copy = target.resolve(BUNDLED.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(copy);
				}
				else {
					Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new SeedFixture(target);
	}

	/** Replaces the first occurrence of {@code text} in {@code file}; fails when it is not there. */
	SeedFixture replace(String file, String text, String replacement) {
		String content = read(file);
		if (!content.contains(text)) {
			throw new IllegalArgumentException(file + " does not contain " + text);
		}
		return write(file, content.replaceFirst(java.util.regex.Pattern.quote(text),
				java.util.regex.Matcher.quoteReplacement(replacement)));
	}

	SeedFixture append(String file, String text) {
		return write(file, read(file) + text);
	}

	SeedFixture write(String file, String content) {
		try {
			Files.writeString(this.directory.resolve(file), content);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return this;
	}

	String read(String file) {
		try {
			return Files.readString(this.directory.resolve(file));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Line number (1-based) of the first line containing {@code text}. */
	int lineOf(String file, String text) {
		String[] lines = read(file).split("\n", -1);
		for (int i = 0; i < lines.length; i++) {
			if (lines[i].contains(text)) {
				return i + 1;
			}
		}
		throw new IllegalArgumentException(file + " has no line containing " + text);
	}

	/** Line number (1-based) of the last line containing {@code text}. */
	int lastLineOf(String file, String text) {
		String[] lines = read(file).split("\n", -1);
		for (int i = lines.length - 1; i >= 0; i--) {
			if (lines[i].contains(text)) {
				return i + 1;
			}
		}
		throw new IllegalArgumentException(file + " has no line containing " + text);
	}

	Path directory() {
		return this.directory;
	}

	Resource resource() {
		return new FileSystemResource(this.directory.toString() + "/");
	}

}

package com.fintechkg.kg.command;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fintechkg.kg.seed.SeedException;
import com.fintechkg.kg.seed.SeedReader;
import com.fintechkg.kg.vocabulary.SchemaGenerator;
import com.fintechkg.kg.vocabulary.Vocabulary;

import org.springframework.core.io.FileSystemResource;

/**
 * Writes the typed part of the GraphQL schema from the vocabulary: {@code schema.graphqls} from
 * {@code graph-seed/vocabulary.yaml}, both relative to the working directory unless given. Run from the project:
 * {@code ./mvnw -q compile exec:java@schema}; or from the jar:
 * {@code java -cp target/fintech-kg.jar -Dloader.main=com.fintechkg.kg.command.SchemaCommand
 * org.springframework.boot.loader.launch.PropertiesLauncher [SEED_DIR [OUTPUT]]}.
 */
public final class SchemaCommand {

	private SchemaCommand() {
	}

	public static void main(String[] args) {
		System.exit(run(args, System.out, System.err));
	}

	/** Writes the schema; 0 when written (or already up to date), 1 when the vocabulary has problems, 2 on usage. */
	public static int run(String[] args, PrintStream out, PrintStream err) {
		if (args.length > 2) {
			err.println("usage: SchemaCommand [SEED_DIR (default graph-seed)] [OUTPUT (default schema.graphqls)]");
			return 2;
		}
		Path seed = Path.of((args.length > 0) ? args[0] : "graph-seed");
		Path output = Path.of((args.length > 1) ? args[1] : "schema.graphqls");
		Vocabulary vocabulary;
		try {
			vocabulary = SeedReader.readVocabularyOf(new FileSystemResource(seed.toAbsolutePath() + "/"));
		}
		catch (SeedException ex) {
			err.println(ex.getMessage());
			return 1;
		}
		String schema = SchemaGenerator.generate(vocabulary);
		try {
			if (Files.exists(output) && Files.readString(output, StandardCharsets.UTF_8).equals(schema)) {
				out.println(output + " is up to date with " + seed.resolve(SeedReader.VOCABULARY));
				return 0;
			}
			Files.writeString(output, schema, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			err.println("Cannot write " + output + ": " + ex.getMessage());
			return 1;
		}
		out.println("Wrote " + output + " (" + schema.lines().count() + " lines: " + vocabulary.kinds().size()
				+ " kinds, " + vocabulary.kinds().stream().mapToInt((kind) -> kind.fields().size()).sum()
				+ " relation fields) from " + seed.resolve(SeedReader.VOCABULARY));
		return 0;
	}

}

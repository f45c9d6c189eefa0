package com.fintechkg.kg.export;

import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.fintechkg.kg.export.SeedYaml.SourceEntry;
import com.fintechkg.kg.seed.SeedModel.Seed;
import com.fintechkg.kg.seed.SeedModel.Source;
import com.fintechkg.kg.seed.SeedProperties;
import com.fintechkg.kg.seed.SeedReader;
import com.fintechkg.kg.vocabulary.Kind;
import com.fintechkg.kg.vocabulary.Vocabulary.KindDefinition;

import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/**
 * Writes the database's graph — seeded and curated facts alike — back in the graph-seed/ format, to a directory
 * ({@code java -jar app.jar seed export DIR}) or a zip ({@code GET /export/seed.zip}), so that curated facts can be
 * reviewed as a diff and become seed data.
 * <p>
 * Entities, relations, sources and the vocabulary come from the database. What the database does not hold comes
 * from the configured seed ({@code fintechkg.seed.location}): the manifest's {@code defaultSource}, each source's
 * {@code file} and its text (copied into {@code sources/}), the JSON Schemas, and the order of the vocabulary and
 * the sources. Entities are written by id within their kind's file, relations by start id, type and end id — the
 * order of the bundled files. Curation metadata ({@code origin}, {@code version}, timestamps) is not part of the
 * format and is not written.
 */
@Component
public class SeedExport {

	private static final List<String> SCHEMAS = List.of("schema/entities.schema.json",
			"schema/relations.schema.json", "schema/sources.schema.json", "schema/vocabulary.schema.json");

	private final GraphExport graph;

	private final ExportQueries queries;

	private final SeedProperties seedProperties;

	private final ResourceLoader resources;

	SeedExport(GraphExport graph, ExportQueries queries, SeedProperties seedProperties, ResourceLoader resources) {
		this.graph = graph;
		this.queries = queries;
		this.seedProperties = seedProperties;
		this.resources = resources;
	}

	/** Writes the seed files into {@code directory} (created if needed; files of the format are overwritten). */
	public void writeDirectory(Path directory) throws IOException {
		Files.createDirectories(directory);
		write((path, content) -> {
			Path file = directory.resolve(path);
			Files.createDirectories(file.getParent());
			try (OutputStream out = Files.newOutputStream(file)) {
				content.write(out);
			}
		});
	}

	/** Writes the seed files as a zip whose entries are under {@code graph-seed/}. */
	public void writeZip(OutputStream out) throws IOException {
		ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
		write((path, content) -> {
			zip.putNextEntry(new ZipEntry("graph-seed/" + path));
			content.write(new FilterOutputStream(zip) {

				@Override
				public void write(byte[] bytes, int offset, int length) throws IOException {
					zip.write(bytes, offset, length);
				}

				@Override
				public void close() {
					// the entry is closed below, the zip by the caller
				}

			});
			zip.closeEntry();
		});
		zip.finish();
		zip.flush();
	}

	/** Where the files go: a directory or a zip. */
	private interface SeedFiles {

		void write(String path, Content content) throws IOException;

	}

	private interface Content {

		void write(OutputStream out) throws IOException;

	}

	private void write(SeedFiles files) throws IOException {
		Resource location = this.resources.getResource(this.seedProperties.directoryLocation());
		Seed template = SeedReader.read(location);
		String version = this.queries.seedVersion().orElse(template.version());
		List<SourceEntry> sources = sources(template);
		String defaultSource = sources.stream()
			.map((source) -> String.valueOf(source.properties().get("id")))
			.filter(template.defaultSource()::equals)
			.findFirst()
			.orElse(sources.isEmpty() ? template.defaultSource() : String.valueOf(sources.getFirst().properties().get("id")));

		files.write(SeedReader.MANIFEST, text(SeedYaml.manifest(version, defaultSource)));
		files.write(SeedReader.SOURCES, text(SeedYaml.sources(sources)));
		files.write(SeedReader.VOCABULARY, copy(location.createRelative(SeedReader.VOCABULARY)));
		for (KindDefinition kind : template.vocabulary().kinds()) {
			files.write(kind.file(), (out) -> yaml(out, (writer) -> {
				writer.write(SeedYaml.entitiesHeader(kind.kind()));
				this.graph.forEachNodeOfKind(kind.kind(), (node) -> append(writer, SeedYaml.entity(node, defaultSource)));
			}));
		}
		files.write(SeedReader.RELATIONS, (out) -> yaml(out, (writer) -> {
			writer.write(SeedYaml.relationsHeader());
			this.graph.forEachRelation(ExportScope.WHOLE_GRAPH,
					(relation) -> append(writer, SeedYaml.relation(relation, defaultSource)));
		}));
		for (SourceEntry source : sources) {
			if (source.file() != null) {
				files.write(source.file(), copy(location.createRelative(source.file())));
			}
		}
		for (String schema : SCHEMAS) {
			Resource file = location.createRelative(schema);
			if (file.exists()) {
				files.write(schema, copy(file));
			}
		}
	}

	/** The database's sources, in the configured seed's order (others after, by id), with the seed's file names. */
	private List<SourceEntry> sources(Seed template) {
		Map<String, Source> known = template.sources().stream().collect(Collectors.toMap(Source::id, Function.identity(),
				(first, second) -> first));
		List<String> order = template.sources().stream().map(Source::id).toList();
		List<SourceEntry> sources = new ArrayList<>();
		for (Map<String, Object> stored : this.queries.sources()) {
			Source source = known.get(String.valueOf(stored.get("id")));
			sources.add(new SourceEntry(stored, (source != null) ? source.file() : null));
		}
		sources.sort(Comparator.comparingInt((SourceEntry source) -> rank(order, source.properties().get("id")))
			.thenComparing((source) -> String.valueOf(source.properties().get("id"))));
		return sources;
	}

	private static int rank(List<String> order, Object name) {
		int index = order.indexOf(String.valueOf(name));
		return (index >= 0) ? index : Integer.MAX_VALUE;
	}

	private interface YamlBody {

		void write(Writer writer) throws IOException;

	}

	private static void yaml(OutputStream out, YamlBody body) throws IOException {
		Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
		body.write(writer);
		writer.flush();
	}

	private static Content text(String yaml) {
		return (out) -> yaml(out, (writer) -> writer.write(yaml));
	}

	private static void append(Writer writer, String yaml) {
		try {
			writer.write(yaml);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The resource's bytes, read now: the target may be the very file (an export over the configured seed). */
	private static Content copy(Resource resource) throws IOException {
		byte[] bytes;
		try (InputStream in = resource.getInputStream()) {
			bytes = in.readAllBytes();
		}
		return (out) -> out.write(bytes);
	}

}

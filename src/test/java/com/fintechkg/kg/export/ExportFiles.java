package com.fintechkg.kg.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;

import static org.assertj.core.api.Assertions.assertThat;

/** Reads exported files back with real parsers: Jackson's RFC 4180 CSV reader, the JDK's XML parser, unzip. */
final class ExportFiles {

	private static final byte[] BYTE_ORDER_MARK = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private static final CsvMapper csv = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();

	private ExportFiles() {
	}

	/** The records of a UTF-8 CSV that must start with a byte order mark. */
	static List<List<String>> csv(byte[] bytes) {
		assertThat(Arrays.copyOf(bytes, 3)).as("UTF-8 byte order mark").isEqualTo(BYTE_ORDER_MARK);
		List<List<String>> rows = new ArrayList<>();
		try (MappingIterator<String[]> records = csv.readerFor(String[].class)
			.readValues(new ByteArrayInputStream(bytes, 3, bytes.length - 3))) {
			records.forEachRemaining((row) -> rows.add(List.of(row)));
		}
		return rows;
	}

	/** A namespace-aware DOM of an XML document; the parser rejects anything that is not well-formed XML. */
	static Document xml(byte[] bytes) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
		}
		catch (Exception ex) {
			throw new AssertionError("not well-formed XML: " + ex.getMessage(), ex);
		}
	}

	static Path unzip(Path zip, Path target) {
		try (InputStream in = Files.newInputStream(zip)) {
			return unzip(in, target);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static Path unzip(InputStream in, Path target) {
		try (ZipInputStream zip = new ZipInputStream(in)) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				Path file = target.resolve(entry.getName()).normalize();
				assertThat(file.startsWith(target)).as("entry inside the target: " + entry.getName()).isTrue();
				Files.createDirectories(file.getParent());
				Files.copy(zip, file);
			}
			return target;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

package com.fintechkg.kg.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * RFC 4180 CSV: UTF-8 with a byte order mark (so Excel reads Chinese text as UTF-8), CRLF after every record,
 * and a field in double quotes, its quotes doubled, whenever it holds a comma, a quote, a CR or an LF. A null
 * field is empty.
 */
final class CsvWriter implements AutoCloseable {

	private static final char BYTE_ORDER_MARK = '\uFEFF';

	private final Writer out;

	CsvWriter(OutputStream out) {
		this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
		write(String.valueOf(BYTE_ORDER_MARK));
	}

	void row(List<? extends @Nullable Object> fields) {
		StringBuilder line = new StringBuilder();
		for (int i = 0; i < fields.size(); i++) {
			if (i > 0) {
				line.append(',');
			}
			Object field = fields.get(i);
			if (field != null) {
				line.append(field(field.toString()));
			}
		}
		write(line.append("\r\n").toString());
	}

	static String field(String text) {
		boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
				|| text.indexOf('\r') >= 0;
		return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
	}

	private void write(String text) {
		try {
			this.out.write(text);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() throws IOException {
		this.out.close();
	}

}

package com.fintechkg.kg.export;

import java.io.OutputStream;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import com.fintechkg.kg.export.ExportColumns.Column;
import org.jspecify.annotations.Nullable;

/**
 * Streams GraphML (http://graphml.graphdrawing.org) with StAX, so every character is escaped by the XML writer:
 * a {@code <key>} with {@code attr.name} and {@code attr.type} for each column of {@link ExportColumns}, a
 * {@code label} key (the Chinese name, else the English one) that Gephi shows and yEd maps with its properties
 * mapper, then one directed graph. Characters XML 1.0 cannot hold (control characters other than tab, LF and CR;
 * unpaired surrogates) become U+FFFD; CR is written as {@code &#13;} so that parsers keep it.
 */
final class GraphMlWriter implements AutoCloseable {

	static final String NAMESPACE = "http://graphml.graphdrawing.org/xmlns";

	private static final String SCHEMA_LOCATION = NAMESPACE + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd";

	private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

	private static final XMLOutputFactory factory = XMLOutputFactory.newFactory();

	private final XMLStreamWriter out;

	GraphMlWriter(OutputStream out) {
		try {
			this.out = factory.createXMLStreamWriter(out, "UTF-8");
			this.out.writeStartDocument("UTF-8", "1.0");
			this.out.writeCharacters("\n");
			this.out.writeStartElement("graphml");
			this.out.writeDefaultNamespace(NAMESPACE);
			this.out.writeNamespace("xsi", XSI);
			this.out.writeAttribute(XSI, "schemaLocation", SCHEMA_LOCATION);
			key("node", "label", "string");
			key("node", "kind", "string");
			key("node", "labels", "string");
			for (Column column : ExportColumns.NODE) {
				key("node", column.name(), column.type().graphMlType);
			}
			for (Column column : ExportColumns.CITATIONS) {
				key("node", column.name(), column.type().graphMlType);
			}
			key("edge", "type", "string");
			key("edge", "label", "string");
			for (Column column : ExportColumns.RELATIONSHIP) {
				key("edge", column.name(), column.type().graphMlType);
			}
			for (Column column : ExportColumns.RELATION_CITATIONS) {
				key("edge", column.name(), column.type().graphMlType);
			}
			indent(1);
			this.out.writeStartElement("graph");
			this.out.writeAttribute("id", "fintech-kg");
			this.out.writeAttribute("edgedefault", "directed");
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("Cannot start GraphML", ex);
		}
	}

	/** The key id of a property of nodes ({@code n-name}) or edges ({@code e-type}). */
	static String keyId(String owner, String name) {
		return owner.charAt(0) + "-" + name;
	}

	void node(ExportNode node) {
		try {
			indent(2);
			this.out.writeStartElement("node");
			this.out.writeAttribute("id", node.id());
			String name = node.text("nameZh");
			data("node", "label", (name != null) ? name : (node.text("name") != null) ? node.text("name") : node.id());
			data("node", "kind", node.kind());
			data("node", "labels", String.join(ExportColumns.LIST_DELIMITER, node.labels()));
			for (Column column : ExportColumns.NODE) {
				data("node", column.name(), ExportColumns.cell(node.properties().get(column.name())));
			}
			List<String> citations = ExportColumns.citations(node.citations());
			for (int i = 0; i < citations.size(); i++) {
				data("node", ExportColumns.CITATIONS.get(i).name(), node.citations().isEmpty() ? null : citations.get(i));
			}
			indent(2);
			this.out.writeEndElement();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("Cannot write GraphML node " + node.id(), ex);
		}
	}

	void edge(ExportRelation relation) {
		try {
			indent(2);
			this.out.writeStartElement("edge");
			this.out.writeAttribute("id", relation.id());
			this.out.writeAttribute("source", relation.from());
			this.out.writeAttribute("target", relation.to());
			data("edge", "type", relation.type());
			data("edge", "label", relation.type());
			for (Column column : ExportColumns.RELATIONSHIP) {
				data("edge", column.name(), ExportColumns.cell(relation.properties().get(column.name())));
			}
			List<String> citations = ExportColumns.citations(relation.citations());
			for (int i = 0; i < citations.size(); i++) {
				data("edge", ExportColumns.RELATION_CITATIONS.get(i).name(),
						relation.citations().isEmpty() ? null : citations.get(i));
			}
			indent(2);
			this.out.writeEndElement();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("Cannot write GraphML edge " + relation.id(), ex);
		}
	}

	private void key(String owner, String name, String type) throws XMLStreamException {
		indent(1);
		this.out.writeEmptyElement("key");
		this.out.writeAttribute("id", keyId(owner, name));
		this.out.writeAttribute("for", owner);
		this.out.writeAttribute("attr.name", name);
		this.out.writeAttribute("attr.type", type);
	}

	private void data(String owner, String name, @Nullable String value) throws XMLStreamException {
		if (value == null) {
			return;
		}
		indent(3);
		this.out.writeStartElement("data");
		this.out.writeAttribute("key", keyId(owner, name));
		text(value);
		this.out.writeEndElement();
	}

	/** Writes {@code value} as character data that any XML 1.0 parser reads back unchanged (see the class doc). */
	private void text(String value) throws XMLStreamException {
		StringBuilder run = new StringBuilder(value.length());
		for (int i = 0; i < value.length(); i++) {
			char ch = value.charAt(i);
			if (Character.isHighSurrogate(ch) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
				run.append(ch).append(value.charAt(++i));
			}
			else if (ch == '\r') {
				this.out.writeCharacters(run.toString());
				run.setLength(0);
				this.out.writeEntityRef("#13");
			}
			else if (isXmlChar(ch)) {
				run.append(ch);
			}
			else {
				run.append('\uFFFD');
			}
		}
		this.out.writeCharacters(run.toString());
	}

	private static boolean isXmlChar(char ch) {
		return ch == '\t' || ch == '\n' || (ch >= 0x20 && ch <= 0xD7FF) || (ch >= 0xE000 && ch <= 0xFFFD);
	}

	private void indent(int level) throws XMLStreamException {
		this.out.writeCharacters("\n" + "  ".repeat(level));
	}

	@Override
	public void close() {
		try {
			indent(1);
			this.out.writeEndElement();
			this.out.writeCharacters("\n");
			this.out.writeEndElement();
			this.out.writeCharacters("\n");
			this.out.writeEndDocument();
			this.out.flush();
			this.out.close();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("Cannot finish GraphML", ex);
		}
	}

}

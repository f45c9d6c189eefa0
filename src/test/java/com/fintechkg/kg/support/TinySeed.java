package com.fintechkg.kg.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;

/**
 * A small valid seed directory, written to a temporary folder, for unit tests of the seed and curation rules:
 * one source document, two relationship types, an institution, a product, a region and an indicator, and one
 * relation. Tests change single files to break one thing at a time.
 */
public final class TinySeed {

	/** The text of the only source document. */
	public static final String SOURCE_TEXT = """
			第一章 概述
			工商银行发布了金融大模型，
			  服务北京的客户。
			2023 年金融科技市场规模达到 100 亿元。
			""";

	private static final Map<String, String> FILES = files();

	private final Path directory;

	private TinySeed(Path directory) {
		this.directory = directory;
	}

	/** Writes the seed into {@code directory}. */
	public static TinySeed in(Path directory) {
		TinySeed seed = new TinySeed(directory);
		FILES.forEach(seed::write);
		return seed;
	}

	public TinySeed write(String file, String content) {
		try {
			Path path = this.directory.resolve(file);
			Files.createDirectories(path.getParent());
			Files.writeString(path, content);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return this;
	}

	/** Replaces {@code text} in {@code file}; fails when it is not there. */
	public TinySeed replace(String file, String text, String replacement) {
		String content = read(file);
		if (!content.contains(text)) {
			throw new IllegalArgumentException(file + " does not contain " + text);
		}
		return write(file, content.replace(text, replacement));
	}

	public TinySeed append(String file, String text) {
		return write(file, read(file) + text);
	}

	public TinySeed delete(String file) {
		try {
			Files.delete(this.directory.resolve(file));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return this;
	}

	public String read(String file) {
		try {
			return Files.readString(this.directory.resolve(file));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The 1-based line of {@code file} holding {@code text}. */
	public int lineOf(String file, String text) {
		String[] lines = read(file).split("\n", -1);
		for (int i = 0; i < lines.length; i++) {
			if (lines[i].contains(text)) {
				return i + 1;
			}
		}
		throw new IllegalArgumentException(file + " has no line containing " + text);
	}

	/** The directory as a resource its files resolve against. */
	public Resource resource() {
		return new FileSystemResource(this.directory.toString() + "/");
	}

	/** The directory as a {@code fintechkg.seed.location}. */
	public String location() {
		return "file:" + this.directory + "/";
	}

	private static Map<String, String> files() {
		Map<String, String> files = new LinkedHashMap<>();
		files.put("seed.yaml", """
				version: "1.0"
				defaultSource: paper
				""");
		files.put("sources.yaml", """
				sources:
				  - id: paper
				    title: 白皮书
				    titleEn: Whitepaper
				    publisher: CAICT
				    date: "2023-11"
				    language: zh
				    file: sources/paper.txt
				  - id: notes
				    title: 笔记
				    publisher: Editors
				""");
		files.put("sources/paper.txt", SOURCE_TEXT);
		files.put("vocabulary.yaml", """
				kinds:
				  Institution:
				    plural: institutions
				    file: institutions.yaml
				    zh: 机构
				    description: "An institution."
				    summary: "Institutions."
				    example: icbc
				    style: {color: "#4C8EDA", border: "#2F6DB5", text: "#FFFFFF", diameter: 60, shape: ellipse}
				    fields:
				      products: {types: [RELEASED], direction: OUTGOING, of: Product, description: "Products it released."}
				      regions: {types: [LOCATED_IN], direction: OUTGOING, of: Region, description: "Where it is."}
				  Technology: {plural: technologies, file: technologies.yaml, zh: 技术, description: "A technology.",
				    summary: "Technologies.", example: ai, style: {color: "#2E9E6B", border: "#207550", text: "#FFFFFF", diameter: 55, shape: hexagon}}
				  Regulation: {plural: regulations, file: regulations.yaml, zh: 政策法规, description: "A regulation.",
				    summary: "Regulations.", example: law, style: {color: "#D9534F", border: "#B03A36", text: "#FFFFFF", diameter: 55, shape: round-rectangle}}
				  Product:
				    plural: products
				    file: products.yaml
				    zh: 产品
				    description: "A product."
				    summary: "Products."
				    example: icbc-model
				    style: {color: "#8E6BD1", border: "#6E4DB0", text: "#FFFFFF", diameter: 55, shape: round-diamond}
				    fields:
				      releasedBy: {types: [RELEASED], direction: INCOMING, of: Institution, description: "Who released it."}
				  Scenario: {plural: scenarios, file: scenarios.yaml, zh: 应用场景, description: "A scenario.",
				    summary: "Scenarios.", example: payment, style: {color: "#E8A33D", border: "#C0832A", text: "#2A1A00", diameter: 55, shape: round-triangle}}
				  Region: {plural: regions, file: regions.yaml, zh: 地区, description: "A region.", summary: "Regions.",
				    example: beijing, style: {color: "#3FA7B5", border: "#2D8592", text: "#FFFFFF", diameter: 50, shape: octagon}}
				  Indicator:
				    plural: indicators
				    file: indicators.yaml
				    zh: 指标
				    description: "A figure."
				    summary: "Figures."
				    example: market-size-2023
				    properties:
				      value: {type: Float!, description: "The figure."}
				      unit: {type: String!, description: "Its unit."}
				      period: {type: String!, description: "Its period."}
				    style: {color: "#7A808A", border: "#5E636B", text: "#FFFFFF", diameter: 45, shape: barrel}
				types:
				  RELEASED: {from: [Institution], to: [Product], description: "launched or released"}
				  LOCATED_IN:
				    from: [Institution, Product]
				    to: [Region]
				    description: based in
				""");
		files.put("institutions.yaml", """
				kind: Institution
				entities:
				  - id: icbc
				    name: ICBC
				    nameZh: 工商银行
				    aliases: [工行, " ICBC Bank "]
				    category: bank
				    description: A state-owned bank.
				    citations:
				      - {section: "1", quote: 工商银行发布了金融大模型}
				""");
		files.put("technologies.yaml", """
				kind: Technology
				entities: []
				""");
		files.put("regulations.yaml", """
				kind: Regulation
				entities: []
				""");
		files.put("products.yaml", """
				kind: Product
				entities:
				  - id: icbc-model
				    name: ICBC Financial Model
				    nameZh: 工行金融大模型
				    description: A large model for finance.
				    citations:
				      - {source: paper, section: "1.2", quote: "发布了 金融大模型"}
				""");
		files.put("scenarios.yaml", """
				kind: Scenario
				entities: []
				""");
		files.put("regions.yaml", """
				kind: Region
				entities:
				  - id: beijing
				    name: Beijing
				    nameZh: 北京
				    category: ~
				    description: A city.
				    citations:
				      - {section: "1", quote: 服务北京的客户}
				""");
		files.put("indicators.yaml", """
				kind: Indicator
				entities:
				  - id: market-size-2023
				    name: Fintech market size 2023
				    nameZh: 金融科技市场规模
				    description: Market size in 2023.
				    value: 100
				    unit: 亿元
				    period: "2023"
				    citations:
				      - {section: "1", quote: 市场规模达到 100 亿元}
				""");
		files.put("relations.yaml", """
				relations:
				  - {from: icbc, type: RELEASED, to: icbc-model, date: "2023-05", section: "1.2",
				     quote: 工商银行发布了金融大模型}
				  - {from: icbc, type: LOCATED_IN, to: beijing, source: paper, section: "1", quote: 服务北京的客户,
				     value: 1.5, unit: km}
				""");
		return Map.copyOf(files);
	}

}

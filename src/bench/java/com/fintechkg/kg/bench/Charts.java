package com.fintechkg.kg.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Draws the figures of docs/performance.md as self-contained SVG (no scripts, no external resources) from the
 * driver's results file:
 * <pre>
 * Charts RESULTS.tsv OUT.svg floor LABEL                 GraphQL vs raw Cypher p50 and p99 per question, one run
 * Charts RESULTS.tsv OUT.svg scale "LABEL1;LABEL2;..." [CAP_MS]   GraphQL p50 per question across runs (graph sizes)
 * Charts RESULTS.tsv OUT.svg side-by-side LABEL [CAP_MS]  seed and large graph in one run (LoadDriver --mode=scale)
 * </pre>
 * Bars above {@code CAP_MS} are cut at the top of the axis and carry their value.
 * <pre>
 * </pre>
 */
public final class Charts {

	private static final String[] COLOURS = { "#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#b07aa1" };

	record Row(String mode, String label, String question, String side, double p50, double p99) {
	}

	public static void main(String[] args) throws IOException {
		List<Row> rows = new ArrayList<>();
		for (String line : Files.readAllLines(Path.of(args[0]))) {
			String[] cells = line.split("\t");
			if (cells.length >= 11) {
				rows.add(new Row(cells[0], cells[1], cells[2], cells[3], Double.parseDouble(cells[7]),
						Double.parseDouble(cells[9])));
			}
		}
		Map<String, Map<String, Double>> series = new LinkedHashMap<>();
		String title;
		if (args[2].equals("floor")) {
			title = "GraphQL vs raw Cypher over Bolt, " + args[3] + " (ms, lower is better)";
			for (Row row : rows) {
				if (row.mode().equals("floor") && row.label().equals(args[3])) {
					series.computeIfAbsent(row.side() + " p50", (k) -> new LinkedHashMap<>()).put(row.question(), row.p50());
					series.computeIfAbsent(row.side() + " p99", (k) -> new LinkedHashMap<>()).put(row.question(), row.p99());
				}
			}
		}
		else if (args[2].equals("side-by-side")) {
			title = "Seed and large graph side by side, " + args[3] + ", p50 (ms, lower is better)";
			for (Row row : rows) {
				if (row.mode().equals("scale") && row.label().equals(args[3])) {
					series.computeIfAbsent(row.side(), (k) -> new LinkedHashMap<>()).put(row.question(), row.p50());
				}
			}
		}
		else {
			title = "GraphQL p50 by graph size (ms, lower is better)";
			for (String label : args[3].split(";")) {
				for (Row row : rows) {
					if (row.mode().equals("floor") && row.label().equals(label) && row.side().equals("graphql")) {
						series.computeIfAbsent(label, (k) -> new LinkedHashMap<>()).put(row.question(), row.p50());
					}
				}
			}
		}
		double cap = (args.length > 4) ? Double.parseDouble(args[4]) : Double.MAX_VALUE;
		Files.writeString(Path.of(args[1]), barChart(title, series, cap));
	}

	/** Grouped bars: one group per question, one bar per series. */
	static String barChart(String title, Map<String, Map<String, Double>> series, double cap) {
		List<String> questions = new ArrayList<>();
		series.values().forEach((values) -> values.keySet().stream().filter((q) -> !questions.contains(q))
			.forEach(questions::add));
		double max = series.values().stream().flatMap((values) -> values.values().stream())
			.mapToDouble(Double::doubleValue).map((value) -> Math.min(value, cap)).max().orElse(1);
		double top = niceCeiling(max);
		int groupWidth = 40 + series.size() * 16;
		int left = 60;
		int plotHeight = 260;
		int width = left + questions.size() * groupWidth + 290;
		int height = plotHeight + 90;
		StringBuilder svg = new StringBuilder();
		svg.append(String.format(Locale.ROOT,
				"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" font-family=\"sans-serif\" font-size=\"11\">%n",
				width, height));
		svg.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
		svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"18\" font-size=\"13\">%s</text>%n", left, escape(title)));
		int base = 30 + plotHeight;
		for (int tick = 0; tick <= 4; tick++) {
			double value = top * tick / 4;
			double y = base - plotHeight * tick / 4.0;
			svg.append(String.format(Locale.ROOT,
					"<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ddd\"/><text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>%n",
					left, y, left + questions.size() * groupWidth, y, left - 5, y + 4, format(value)));
		}
		int seriesIndex = 0;
		for (Map.Entry<String, Map<String, Double>> entry : series.entrySet()) {
			String colour = COLOURS[seriesIndex % COLOURS.length];
			for (int q = 0; q < questions.size(); q++) {
				Double value = entry.getValue().get(questions.get(q));
				if (value == null || value.isNaN()) {
					continue;
				}
				double barHeight = plotHeight * Math.min(value, top) / top;
				double x = left + q * groupWidth + 20 + seriesIndex * 16;
				if (value > top) {
					svg.append(String.format(Locale.ROOT,
							"<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" font-size=\"9\">%s</text>%n", x + 7,
							base - plotHeight - 3, format(value)));
				}
				svg.append(String.format(Locale.ROOT,
						"<rect x=\"%.1f\" y=\"%.1f\" width=\"14\" height=\"%.1f\" fill=\"%s\"><title>%s %s: %s ms</title></rect>%n",
						x, base - barHeight, barHeight, colour, escape(entry.getKey()), escape(questions.get(q)),
						format(value)));
			}
			int legendY = 40 + seriesIndex * 16;
			int legendX = left + questions.size() * groupWidth + 15;
			svg.append(String.format(Locale.ROOT,
					"<rect x=\"%d\" y=\"%d\" width=\"10\" height=\"10\" fill=\"%s\"/><text x=\"%d\" y=\"%d\">%s</text>%n",
					legendX, legendY - 9, colour, legendX + 15, legendY, escape(entry.getKey())));
			seriesIndex++;
		}
		for (int q = 0; q < questions.size(); q++) {
			svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">%s</text>%n",
					left + q * groupWidth + groupWidth / 2, base + 16, escape(questions.get(q))));
		}
		svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#333\"/>%n", left,
				base, left + questions.size() * groupWidth, base));
		svg.append("</svg>\n");
		return svg.toString();
	}

	private static double niceCeiling(double value) {
		double magnitude = Math.pow(10, Math.floor(Math.log10(value)));
		for (double step : new double[] { 1, 2, 2.5, 5, 10 }) {
			if (step * magnitude >= value) {
				return step * magnitude;
			}
		}
		return 10 * magnitude;
	}

	private static String format(double value) {
		return (value >= 10) ? String.format(Locale.ROOT, "%.0f", value) : String.format(Locale.ROOT, "%.1f", value);
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}

}

package com.fintechkg.kg.export;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code fintechkg.export.*}: how exports read the graph.
 *
 * @param pageSize entities read per read transaction; an export of any size is a sequence of short transactions,
 * each well inside the transaction timeout
 * @param maxNeighbourhood the most entities an {@code around}/{@code depth} export may hold; a larger neighbourhood
 * is refused with a 400 (export the whole graph instead)
 */
@ConfigurationProperties("fintechkg.export")
public record ExportProperties(@DefaultValue("1000") int pageSize, @DefaultValue("100000") int maxNeighbourhood) {

	public ExportProperties {
		if (pageSize < 1 || maxNeighbourhood < 1) {
			throw new IllegalArgumentException("fintechkg.export.page-size and max-neighbourhood must be positive");
		}
	}

}

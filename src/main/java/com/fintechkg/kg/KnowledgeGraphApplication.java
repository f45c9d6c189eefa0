package com.fintechkg.kg;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * FinTech KG: a GraphQL knowledge-graph service over China's fintech ecosystem, on Neo4j (embedded in this JVM by
 * default, or a server/cluster by URI). The jar starts through {@code command.Launcher}, which also runs the
 * command-line modes ({@code seed}, {@code token}, {@code generate}); this class's {@code main} serves the API only.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class KnowledgeGraphApplication {

	public static void main(String[] args) {
		SpringApplication.run(KnowledgeGraphApplication.class, args);
	}

}

package com.fintechkg.kg;

import com.fintechkg.kg.generate.GenerateCommand;
import com.fintechkg.kg.security.TokenCommand;
import com.fintechkg.kg.seed.SeedCommand;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * FinTech KG: a GraphQL knowledge-graph service over China's fintech ecosystem, on Neo4j
 * (embedded in this JVM by default, or a server/cluster by URI).
 * <p>
 * {@code java -jar fintech-kg.jar} serves the API; {@code java -jar fintech-kg.jar seed validate|load ...}
 * validates or loads a seed without serving HTTP (see {@link SeedCommand}); {@code token NAME} makes a curator's
 * API token (see {@link TokenCommand}); {@code generate --nodes N ...} adds a synthetic benchmark graph (see
 * {@link GenerateCommand}).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class KnowledgeGraphApplication {

	public static void main(String[] args) {
		if (args.length > 0 && SeedCommand.NAME.equals(args[0])) {
			System.exit(SeedCommand.run(args));
		}
		if (args.length > 0 && TokenCommand.NAME.equals(args[0])) {
			System.exit(TokenCommand.run(args, System.out, System.err));
		}
		if (args.length > 0 && GenerateCommand.NAME.equals(args[0])) {
			System.exit(GenerateCommand.run(args));
		}
		SpringApplication.run(KnowledgeGraphApplication.class, args);
	}

}

package com.fintechkg.kg.command;

import com.fintechkg.kg.KnowledgeGraphApplication;

import org.springframework.boot.SpringApplication;

/**
 * The jar's entry point: {@code java -jar fintech-kg.jar} serves the API ({@link KnowledgeGraphApplication}); a first
 * argument naming a command runs it instead and exits: {@code seed validate|load|export ...} ({@link SeedCommand}),
 * {@code token NAME [ROLE]} ({@link TokenCommand}), {@code generate --nodes N ...} ({@link GenerateCommand}).
 */
public final class Launcher {

	private Launcher() {
	}

	/** Serves the API, logging as the application ("Started KnowledgeGraphApplication"), not as this launcher. */
	private static void serve(String[] args) {
		SpringApplication application = new SpringApplication(KnowledgeGraphApplication.class);
		application.setMainApplicationClass(KnowledgeGraphApplication.class);
		application.run(args);
	}

	public static void main(String[] args) {
		String command = (args.length > 0) ? args[0] : "";
		switch (command) {
			case SeedCommand.NAME -> System.exit(SeedCommand.run(args));
			case TokenCommand.NAME -> System.exit(TokenCommand.run(args, System.out, System.err));
			case GenerateCommand.NAME -> System.exit(GenerateCommand.run(args));
			default -> serve(args);
		}
	}

}

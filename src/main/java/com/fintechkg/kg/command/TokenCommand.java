package com.fintechkg.kg.command;

import java.io.PrintStream;

import com.fintechkg.kg.security.CuratorTokens;

/**
 * {@code java -jar fintech-kg.jar token NAME [ROLE]}: makes a new random API token and prints it once, with the
 * configuration lines (its SHA-256 only) that let it call mutations. The token itself is stored nowhere.
 */
public final class TokenCommand {

	public static final String NAME = "token";

	private TokenCommand() {
	}

	public static int run(String[] args, PrintStream out, PrintStream err) {
		if (args.length < 2 || args.length > 3 || args[1].isBlank()) {
			err.println("Usage: java -jar fintech-kg.jar token NAME [CURATOR|READER]");
			return 2;
		}
		String role = (args.length == 3) ? args[2].toUpperCase(java.util.Locale.ROOT) : "CURATOR";
		try {
			CuratorTokens.Role.valueOf(role);
		}
		catch (IllegalArgumentException ex) {
			err.println("Unknown role '" + args[2] + "': use CURATOR or READER");
			return 2;
		}
		String token = CuratorTokens.newToken();
		out.println("Token for " + args[1] + " (shown once; send it as 'Authorization: Bearer <token>'):");
		out.println();
		out.println("  " + token);
		out.println();
		out.println("Configuration (application.yml, environment or command line; index 0 is the first token):");
		out.println();
		out.println("  fintechkg.security.tokens[0].name=" + args[1]);
		out.println("  fintechkg.security.tokens[0].sha256=" + CuratorTokens.sha256(token));
		out.println("  fintechkg.security.tokens[0].roles=" + role);
		return 0;
	}

}

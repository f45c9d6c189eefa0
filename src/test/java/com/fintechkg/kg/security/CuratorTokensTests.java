package com.fintechkg.kg.security;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fintechkg.kg.command.TokenCommand;
import com.fintechkg.kg.security.CuratorTokens.Role;
import com.fintechkg.kg.security.CuratorTokens.Token;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** API tokens: configured by hash only, matched exactly, made by the jar's {@code token} command. */
class CuratorTokensTests {

	@Test
	void aTokenMatchesOnlyItsOwnHash() {
		CuratorTokens tokens = new CuratorTokens(List.of(new Token("alice", CuratorTokens.sha256("alice-secret"),
				List.of(Role.CURATOR)), new Token("bob", CuratorTokens.sha256("bob-secret"), List.of(Role.READER))));

		assertThat(tokens.match("alice-secret")).map(Token::name).contains("alice");
		assertThat(tokens.match("bob-secret")).map(Token::name).contains("bob");
		assertThat(tokens.match("alice-secret ")).isEmpty();
		assertThat(tokens.match(CuratorTokens.sha256("alice-secret"))).as("the hash itself is not a token").isEmpty();
		assertThat(tokens.match("")).isEmpty();
	}

	@Test
	void thereAreNoTokensUnlessConfigured() {
		assertThat(new CuratorTokens(List.of()).match("anything")).isEmpty();
	}

	@Test
	void aMisconfiguredTokenStopsStartUpNamingTheSetting() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new CuratorTokens(List.of(new Token("alice", "plain-text-password", List.of(Role.CURATOR)))))
			.withMessageContaining("fintechkg.security.tokens[0].sha256");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new CuratorTokens(List.of(new Token(" ", CuratorTokens.sha256("x"), List.of(Role.CURATOR)))))
			.withMessageContaining("fintechkg.security.tokens[0].name");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new CuratorTokens(List.of(new Token("alice", CuratorTokens.sha256("x"), List.of()))))
			.withMessageContaining("roles");
	}

	@Test
	void theTokenCommandPrintsANewTokenOnceWithTheConfigurationForItsHash() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();

		int exit = TokenCommand.run(new String[] { "token", "alice" }, new PrintStream(out, true, StandardCharsets.UTF_8),
				System.err);

		String printed = out.toString(StandardCharsets.UTF_8);
		assertThat(exit).isZero();
		Matcher token = Pattern.compile("\\n  (fkg_[A-Za-z0-9_-]{43})\\n").matcher(printed);
		assertThat(token.find()).as(printed).isTrue();
		assertThat(printed).contains("fintechkg.security.tokens[0].sha256=" + CuratorTokens.sha256(token.group(1)))
			.contains("roles=CURATOR");
		assertThat(CuratorTokens.newToken()).isNotEqualTo(CuratorTokens.newToken());
	}

	@Test
	void theTokenCommandRefusesBadUsage() {
		PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);

		assertThat(TokenCommand.run(new String[] { "token" }, quiet, quiet)).isEqualTo(2);
		assertThat(TokenCommand.run(new String[] { "token", "alice", "ADMIN" }, quiet, quiet)).isEqualTo(2);
	}

}

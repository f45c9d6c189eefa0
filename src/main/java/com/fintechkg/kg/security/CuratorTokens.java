package com.fintechkg.kg.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code fintechkg.security.tokens}: the API tokens that may call mutations. Only each token's SHA-256 is
 * configured, never the token itself, and there is no default: with no tokens configured nobody can write.
 * <pre>
 * fintechkg.security.tokens[0].name=alice
 * fintechkg.security.tokens[0].sha256=5e884898da28047151d0e56f8dc6292773603d0d6aabbdd62a11ef721d1542d8
 * fintechkg.security.tokens[0].roles=CURATOR
 * </pre>
 * {@code java -jar fintech-kg.jar token NAME} makes a new random token and prints these lines. Tokens are 256
 * random bits, so a fast hash is enough; they are compared in constant time.
 *
 * @param tokens the configured tokens
 */
@ConfigurationProperties("fintechkg.security")
public record CuratorTokens(@DefaultValue List<Token> tokens) {

	private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

	public CuratorTokens {
		for (int i = 0; i < tokens.size(); i++) {
			Token token = tokens.get(i);
			String where = "fintechkg.security.tokens[" + i + "]";
			if (token.name() == null || token.name().isBlank()) {
				throw new IllegalArgumentException(where + ".name must be set");
			}
			if (token.sha256() == null || !SHA256.matcher(token.sha256()).matches()) {
				throw new IllegalArgumentException(where + ".sha256 must be the token's SHA-256 as 64 lowercase hex digits"
						+ " (java -jar fintech-kg.jar token " + token.name() + " makes one)");
			}
			if (token.roles().isEmpty()) {
				throw new IllegalArgumentException(where + ".roles must name at least one role (CURATOR or READER)");
			}
		}
	}

	/** A named token with its roles. */
	public record Token(String name, String sha256, @DefaultValue("CURATOR") List<Role> roles) {
	}

	/** READER is everyone, signed in or not; CURATOR may change the graph. */
	public enum Role {

		READER, CURATOR

	}

	/** The configured token whose hash matches {@code presented}, compared in constant time. */
	public Optional<Token> match(String presented) {
		byte[] hash = sha256(presented).getBytes(StandardCharsets.US_ASCII);
		Token found = null;
		for (Token token : this.tokens) {
			if (MessageDigest.isEqual(hash, token.sha256().getBytes(StandardCharsets.US_ASCII))) {
				found = token;
			}
		}
		return Optional.ofNullable(found);
	}

	/** A new random token: 32 bytes from a {@link SecureRandom}, base64url without padding. */
	public static String newToken() {
		byte[] bytes = new byte[32];
		new SecureRandom().nextBytes(bytes);
		return "fkg_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/** Lowercase hex SHA-256 of {@code token}'s UTF-8 bytes. */
	public static String sha256(String token) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java platform has SHA-256", ex);
		}
	}

}

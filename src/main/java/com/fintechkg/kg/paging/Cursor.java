package com.fintechkg.kg.paging;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import com.fintechkg.kg.graphql.InvalidArgumentException;

/**
 * Opaque, stable cursors: base64url of a version tag and the sort key of the edge. Clients must not parse them.
 */
public final class Cursor {

	private static final String PREFIX = "c1:";

	private Cursor() {
	}

	public static String encode(String key) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString((PREFIX + key).getBytes(StandardCharsets.UTF_8));
	}

	/** The key inside {@code cursor}; a cursor this service did not issue is a {@code BAD_REQUEST}. */
	public static String decode(String cursor, String argument) {
		try {
			String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
			if (text.startsWith(PREFIX)) {
				return text.substring(PREFIX.length());
			}
		}
		catch (IllegalArgumentException ex) {
			// fall through to the error below
		}
		throw new InvalidArgumentException("Argument '" + argument + "' is not a cursor issued by this service");
	}

}

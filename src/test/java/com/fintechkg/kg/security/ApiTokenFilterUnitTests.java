package com.fintechkg.kg.security;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import com.fintechkg.kg.security.CuratorTokens.Role;
import com.fintechkg.kg.security.CuratorTokens.Token;
import jakarta.servlet.FilterChain;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Who a request is: no {@code Authorization} header is an anonymous reader; {@code Bearer} with a configured token
 * is that token's name and roles for the request only; any other header is refused with 401 before anything runs.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ApiTokenFilterUnitTests {

	private static final String CURATOR_TOKEN = "fkg_curator-secret";

	private static final String READER_TOKEN = "fkg_reader-secret";

	private final ApiTokenFilter filter = new ApiTokenFilter(new CuratorTokens(List.of(
			new Token("alice", CuratorTokens.sha256(CURATOR_TOKEN), List.of(Role.CURATOR, Role.READER)),
			new Token("bob", CuratorTokens.sha256(READER_TOKEN), List.of(Role.READER)))));

	private final MockHttpServletResponse response = new MockHttpServletResponse();

	/** Who the rest of the chain saw; null when it did not run. */
	private final AtomicReference<Authentication> seen = new AtomicReference<>();

	private boolean chainRan;

	private final FilterChain chain = (request, response) -> {
		this.chainRan = true;
		this.seen.set(SecurityContextHolder.getContext().getAuthentication());
	};

	@AfterEach
	void clear() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void withoutATokenTheRequestGoesOnAnonymously() throws Exception {
		this.filter.doFilter(new MockHttpServletRequest("POST", "/graphql"), this.response, this.chain);

		assertThat(this.chainRan).isTrue();
		assertThat(this.seen.get()).isNull();
		assertThat(this.response.getStatus()).isEqualTo(200);
	}

	@Test
	void aConfiguredTokenSignsTheRequestInAsItsNameWithItsRoles() throws Exception {
		this.filter.doFilter(request("Bearer " + CURATOR_TOKEN), this.response, this.chain);

		assertThat(this.chainRan).isTrue();
		assertThat(this.seen.get().getName()).isEqualTo("alice");
		assertThat(this.seen.get().isAuthenticated()).isTrue();
		assertThat(this.seen.get().getAuthorities()).extracting(GrantedAuthority::getAuthority)
			.containsExactly("ROLE_CURATOR", "ROLE_READER");
	}

	@Test
	void eachTokenIsItsOwnIdentity() throws Exception {
		this.filter.doFilter(request("Bearer " + READER_TOKEN), this.response, this.chain);

		assertThat(this.seen.get().getName()).isEqualTo("bob");
		assertThat(this.seen.get().getAuthorities()).extracting(GrantedAuthority::getAuthority)
			.containsExactly("ROLE_READER");
	}

	@Test
	void theSchemeIsCaseInsensitiveAndSpacesAroundTheTokenDoNotCount() throws Exception {
		this.filter.doFilter(request("bearer   " + CURATOR_TOKEN + "  "), this.response, this.chain);

		assertThat(this.seen.get().getName()).isEqualTo("alice");
	}

	@Test
	void theSignInLastsOnlyForItsRequest() throws Exception {
		this.filter.doFilter(request("Bearer " + CURATOR_TOKEN), this.response, this.chain);

		assertThat(this.seen.get()).isNotNull();
		assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
	}

	@Test
	void theSignInEndsEvenWhenTheRequestFails() {
		FilterChain failing = (request, response) -> {
			throw new IllegalStateException("handler failed");
		};

		assertThatIllegalStateException()
			.isThrownBy(() -> this.filter.doFilter(request("Bearer " + CURATOR_TOKEN), this.response, failing));
		assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
	}

	@Test
	void anUnknownTokenIsRefusedRatherThanTreatedAsAnonymous() throws Exception {
		this.filter.doFilter(request("Bearer fkg_typo"), this.response, this.chain);

		assertRefused("Unknown API token");
	}

	@Test
	void aHeaderThatIsNotABearerTokenIsRefused() throws Exception {
		for (String header : List.of("Basic YWxpY2U6c2VjcmV0", "Bearer ", "Bearer", CURATOR_TOKEN, "")) {
			MockHttpServletResponse refused = new MockHttpServletResponse();
			this.filter.doFilter(request(header), refused, this.chain);

			assertThat(refused.getStatus()).as(header).isEqualTo(401);
			assertThat(refused.getContentAsString()).as(header).contains("The Authorization header must be 'Bearer <token>'");
		}
		assertThat(this.chainRan).isFalse();
	}

	private void assertRefused(String message) throws Exception {
		assertThat(this.chainRan).isFalse();
		assertThat(this.response.getStatus()).isEqualTo(401);
		assertThat(this.response.getHeader("WWW-Authenticate")).isEqualTo("Bearer realm=\"fintech-kg\"");
		assertThat(this.response.getContentType()).isEqualTo("application/json");
		assertThat(this.response.getContentAsString()).isEqualTo("{\"errors\":[{\"message\":\"" + message
				+ "\",\"extensions\":{\"classification\":\"UNAUTHORIZED\"}}]}");
	}

	private static MockHttpServletRequest request(String authorization) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/graphql");
		request.addHeader("Authorization", authorization);
		return request;
	}

}

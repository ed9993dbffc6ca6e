package dk.unilogin.helper.app.security;

import dk.unilogin.helper.app.web.guard.TrustedProxies;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.web.authentication.AuthenticationConverter;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Reads HTTP Basic credentials exactly as RFC 7617 writes them: the scheme, one space,
 * base64 of UTF-8 "user:password". Any other spelling of a Basic header ("Basic_…",
 * "Basic:…", a tab) is refused as malformed, so it never reaches a password check. The
 * login's details carry the client's address as {@link TrustedProxies} sees it, which the
 * failed-login lockout counts by.
 */
final class StrictBasicCredentials implements AuthenticationConverter {
    private static final Pattern BASIC = Pattern.compile("(?i:basic) ([A-Za-z0-9+/]+={0,2})");

    private final TrustedProxies proxies;

    StrictBasicCredentials(TrustedProxies proxies) {
        this.proxies = proxies;
    }

    @Override
    public UsernamePasswordAuthenticationToken convert(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null) {
            return null;
        }
        Matcher m = BASIC.matcher(header);
        if (!m.matches()) {
            if (header.strip().regionMatches(true, 0, "basic", 0, 5)) {
                throw new BadCredentialsException("Malformed Basic authorization header");
            }
            return null; // another scheme: not a login attempt
        }
        String decoded = decode(m.group(1));
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            throw new BadCredentialsException("Malformed Basic credentials");
        }
        var token = UsernamePasswordAuthenticationToken.unauthenticated(decoded.substring(0, colon),
                decoded.substring(colon + 1));
        token.setDetails(new WebAuthenticationDetails(proxies.clientAddress(request), null));
        return token;
    }

    private static String decode(String base64) {
        try {
            byte[] bytes = Base64.getDecoder().decode(base64);
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (IllegalArgumentException | CharacterCodingException e) {
            throw new BadCredentialsException("Malformed Basic credentials");
        }
    }
}

package org.vigil.web.workspace;

import jakarta.ws.rs.core.NewCookie;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Protection of every workspace form against cross-site requests (double submit): a random
 * value in an {@code HttpOnly}, {@code SameSite=Strict} cookie, repeated in a hidden field of
 * the form. Another site can make the browser send the cookie, but cannot read it to fill in
 * the field.
 */
public final class CsrfToken {

    public static final String COOKIE = "vigil-csrf";
    public static final String FIELD = "csrf";

    private static final SecureRandom RANDOM = new SecureRandom();

    private CsrfToken() {}

    /** The browser's token, or a new one when it has none (or a malformed one). */
    public static String current(String cookie) {
        if (cookie != null && cookie.matches("[A-Za-z0-9_-]{43}")) {
            return cookie;
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The cookie, {@code Secure} when browsers reach the site over https. */
    public static NewCookie cookie(String token, java.net.URI publicUrl) {
        boolean secure = "https".equals(publicUrl.getScheme());
        return new NewCookie.Builder(COOKIE)
                .value(token)
                .path("/")
                .httpOnly(true)
                .secure(secure)
                .sameSite(NewCookie.SameSite.STRICT)
                .build();
    }

    /** Whether a form came from one of our pages: its field repeats the browser's cookie. */
    public static boolean matches(String cookie, String field) {
        if (cookie == null || field == null || cookie.isEmpty()) {
            return false;
        }
        return MessageDigest.isEqual(cookie.getBytes(StandardCharsets.UTF_8), field.getBytes(StandardCharsets.UTF_8));
    }
}

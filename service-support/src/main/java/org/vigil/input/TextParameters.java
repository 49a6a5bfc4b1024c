package org.vigil.input;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayOutputStream;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.vigil.problem.ProblemException;

/**
 * Query parameters and path segments, decoded, must be acceptable text ({@link TextValues}) before
 * any resource sees them: {@code ?q=a%00b} is a 400 naming {@code q}, not a database error. Only
 * when {@code vigil.input.strict} is on.
 */
@Provider
@PreMatching
public class TextParameters implements ContainerRequestFilter {

    @Inject
    @ConfigProperty(name = "vigil.input.strict", defaultValue = "false")
    boolean strict;

    @Override
    public void filter(ContainerRequestContext request) {
        if (!strict) {
            return;
        }
        MultivaluedMap<String, String> query;
        String path;
        try {
            query = request.getUriInfo().getQueryParameters(true);
            path = request.getUriInfo().getPath(true);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("uri", "is not valid percent-encoded UTF-8");
        }
        String malformed =
                parameterNotInUtf8(request.getUriInfo().getRequestUri().getRawQuery());
        if (malformed != null) {
            throw ProblemException.invalid(malformed, "must be valid UTF-8 text (an unpaired surrogate is not)");
        }
        for (Map.Entry<String, List<String>> parameter : query.entrySet()) {
            String nameProblem = TextValues.problemWith(parameter.getKey());
            if (nameProblem != null) {
                throw ProblemException.invalid("query", "a parameter name " + nameProblem);
            }
            for (String value : parameter.getValue()) {
                String problem = TextValues.problemWith(value);
                if (problem != null) {
                    throw ProblemException.invalid(parameter.getKey(), problem);
                }
            }
        }
        String problem = TextValues.problemWith(path);
        if (problem != null) {
            throw ProblemException.invalid("path", problem);
        }
    }

    /**
     * The name of the first parameter whose percent-encoded value is no UTF-8, or null. Decoding
     * replaces such bytes with U+FFFD, so an encoded lone surrogate ({@code %ED%A0%80}) would pass
     * the text rule as a different text; it is checked on the raw query.
     */
    private static String parameterNotInUtf8(String rawQuery) {
        if (rawQuery == null) {
            return null;
        }
        for (String pair : rawQuery.split("&")) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            if (!strictUtf8(name) || equals >= 0 && !strictUtf8(pair.substring(equals + 1))) {
                return strictUtf8(name) ? decodedName(name) : "query";
            }
        }
        return null;
    }

    private static String decodedName(String raw) {
        try {
            return URLDecoder.decode(raw, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return "query";
        }
    }

    /** Whether the percent-encoded {@code raw} decodes to UTF-8 without replacement; bad escapes are left to the decoder. */
    private static boolean strictUtf8(String raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%' && i + 2 < raw.length()) {
                int high = Character.digit(raw.charAt(i + 1), 16);
                int low = Character.digit(raw.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    return true;
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else if (c == '%') {
                return true;
            } else {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes.toByteArray()));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}

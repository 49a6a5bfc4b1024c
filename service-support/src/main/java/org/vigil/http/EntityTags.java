package org.vigil.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Multi;
import io.vertx.core.buffer.Buffer;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.concurrent.Flow;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * An {@code ETag} on every JSON read, and 304 when the client's {@code If-None-Match} still holds
 * (RFC 9110 §13.1.2), so a client polling an event or a list pays for the body only when it
 * changed. The tag hashes the body itself, which is written here once and sent as these bytes. It
 * is weak because the gateway may gzip the body: the same content, other bytes.
 * <p>
 * Runs after the other response filters (lowest priority runs last), which still see the entity
 * as the resource answered it.
 */
public class EntityTags {

    private final ObjectMapper json;

    public EntityTags(ObjectMapper json) {
        this.json = json;
    }

    @ServerResponseFilter(priority = Priorities.USER - 1000)
    public void tag(ContainerRequestContext request, ContainerResponseContext response) throws JsonProcessingException {
        if (!HttpMethod.GET.equals(request.getMethod())
                || response.getStatus() != 200
                || !response.hasEntity()
                || !isJson(response.getMediaType())
                || isStream(response.getEntity())) {
            return;
        }
        Object entity = response.getEntity();
        if (entity instanceof Buffer written) {
            // a body written ahead (the public list's page): hashed where it lies and sent as it is
            tag(request, response, digest(written.getByteBuf().nioBuffer()));
            return;
        }
        byte[] body = entity instanceof byte[] bytes
                ? bytes
                : entity instanceof String text
                        ? text.getBytes(StandardCharsets.UTF_8)
                        : json.writeValueAsBytes(entity);
        if (tag(request, response, digest(ByteBuffer.wrap(body)))) {
            response.setEntity(body, null, response.getMediaType());
        }
    }

    /** Sets the tag; a 304 without the body when the client's still holds, and then false. */
    private static boolean tag(ContainerRequestContext request, ContainerResponseContext response, String digest) {
        String tag = "W/\"" + digest + "\"";
        response.getHeaders().putSingle(HttpHeaders.ETAG, tag);
        if (matches(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), tag)) {
            response.setStatus(Response.Status.NOT_MODIFIED.getStatusCode());
            response.setEntity(null);
            return false;
        }
        return true;
    }

    /** {@code If-None-Match} compares weakly: {@code W/"x"} and {@code "x"} are the same tag. */
    static boolean matches(String ifNoneMatch, String tag) {
        if (ifNoneMatch == null) {
            return false;
        }
        String opaque = opaque(tag);
        return Arrays.stream(ifNoneMatch.split(","))
                .map(String::strip)
                .anyMatch(
                        candidate -> candidate.equals("*") || opaque(candidate).equals(opaque));
    }

    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }

    private static boolean isJson(MediaType type) {
        return type != null
                && "application".equals(type.getType())
                && (type.getSubtype().equals("json") || type.getSubtype().endsWith("+json"))
                && !type.getSubtype().equals("problem+json");
    }

    /** A streamed export is never held whole in memory, so it carries no tag. */
    private static boolean isStream(Object entity) {
        return entity instanceof StreamedBody
                || entity instanceof Multi<?>
                || entity instanceof Flow.Publisher<?>
                || entity instanceof org.reactivestreams.Publisher<?>;
    }

    private static String digest(ByteBuffer body) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(body);
            byte[] hash = sha256.digest();
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(hash, 18));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}

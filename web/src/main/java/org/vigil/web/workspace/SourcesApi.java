package org.vigil.web.workspace;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.ext.web.client.HttpRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.vigil.web.config.WebConfig;

/**
 * sources-service, on behalf of the signed-in person: registering a pasted source, finding a
 * registered one, a registered one's version and its preserved text, and the
 * claims its text suggests.
 */
@ApplicationScoped
public class SourcesApi extends ServiceApi {

    /** What sources-service answered a pasted source: registered, or refused with errors by field. */
    public sealed interface Registration {
        record Registered(RegisteredSource source) implements Registration {}

        record Refused(Map<String, String> errors) implements Registration {}
    }

    /** How many registered sources a search shows at once. */
    static final int SEARCH_PAGE = 10;

    SourcesApi() {
        super("sources-service", WebConfig::sourcesUrl);
    }

    /** The text of {@code version} of a source (its latest when null); empty when there is none. */
    public Uni<String> text(String accessToken, String sourceId, Integer version) {
        return source(accessToken, sourceId, version)
                .map(source -> source == null || source.text() == null ? "" : source.text());
    }

    /** A registered source at {@code version} (its newest when null); null when there is none. */
    public Uni<RegisteredSource> source(String accessToken, String sourceId, Integer version) {
        HttpRequest<Buffer> request = get("/api/v1/sources/" + sourceId);
        if (version != null) {
            request.addQueryParam("version", version.toString());
        }
        return send(request, accessToken, null).map(response -> {
            if (response.statusCode() == 404 || response.statusCode() == 400) {
                return null;
            }
            return read(ok(response), RegisteredSource.class);
        });
    }

    /**
     * The registered sources whose title, address or publisher hold every word of {@code query},
     * newest first, from {@code cursor} on (the first page when null). A forged cursor starts over.
     */
    public Uni<SourceSearch> search(String accessToken, String query, String cursor) {
        String words = query.strip();
        HttpRequest<Buffer> request = get("/api/v1/sources").addQueryParam("limit", Integer.toString(SEARCH_PAGE));
        if (!words.isEmpty()) {
            request.addQueryParam("q", words);
        }
        if (cursor != null && !cursor.isBlank()) {
            request.addQueryParam("cursor", cursor);
        }
        return send(request, accessToken, null).chain(response -> {
            if (response.statusCode() == 400 && cursor != null) {
                return search(accessToken, query, null);
            }
            if (response.statusCode() == 400) {
                return Uni.createFrom().item(SourceSearch.refused(words));
            }
            return Uni.createFrom().item(read(ok(response), SourceSearch.class).of(words));
        });
    }

    /** Registers (or finds) the pasted source; the pasted text stays with it for the page. */
    public Uni<Registration> register(String accessToken, SourceForm form) {
        return send(post("/api/v1/sources"), accessToken, form.toRequest(json)).map(response -> {
            int status = response.statusCode();
            if (status == 200 || status == 201) {
                return new Registration.Registered(
                        read(response, RegisteredSource.class).withText(form.text()));
            }
            if (status >= 400 && status < 500) {
                return new Registration.Refused(problemErrors(response, SourceForm::formField));
            }
            throw unexpected(response);
        });
    }

    /**
     * What the text of the source suggests, to start the form from. A convenience: while the text
     * is still being read (503) or the service is slow, the form starts empty instead.
     */
    public Uni<List<Suggestion>> suggestions(String accessToken, String sourceId, Integer version) {
        HttpRequest<Buffer> request = get("/api/v1/sources/" + sourceId + "/suggestions");
        if (version != null) {
            request.addQueryParam("version", version.toString());
        }
        return send(request, accessToken, null)
                .map(response -> {
                    if (response.statusCode() != 200) {
                        return List.<Suggestion>of();
                    }
                    List<Suggestion> found = new ArrayList<>();
                    for (JsonNode one : read(response, JsonNode.class).path("suggestions")) {
                        found.add(json.convertValue(one, Suggestion.class));
                    }
                    return (List<Suggestion>) found;
                })
                .onFailure()
                .recoverWithItem(List.of());
    }

    /** Publishers by domain, with their ratings (the first page of a hundred). */
    public Uni<List<Publisher>> publishers(String accessToken) {
        HttpRequest<Buffer> request = get("/api/v1/publishers").addQueryParam("limit", "100");
        return send(request, accessToken, null).map(response -> {
            List<Publisher> found = new ArrayList<>();
            for (JsonNode one : read(ok(response), JsonNode.class).path("items")) {
                found.add(json.convertValue(one, Publisher.class));
            }
            return found;
        });
    }

    /** An admin rates a publisher; a refusal comes back as errors by field. */
    public Uni<Map<String, String>> rate(String accessToken, String publisherId, String rating) {
        return send(
                        put("/api/v1/publishers/" + publisherId),
                        accessToken,
                        json.createObjectNode().put("rating", rating))
                .map(response -> {
                    int status = response.statusCode();
                    if (status >= 200 && status < 300) {
                        return Map.<String, String>of();
                    }
                    if (status >= 400 && status < 500) {
                        return problemErrors(response, SourceForm::formField);
                    }
                    throw unexpected(response);
                });
    }
}

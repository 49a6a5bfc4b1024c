package org.vigil.moderation.reports;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.vigil.contracts.claims.ClaimValues;
import org.vigil.contracts.events.ReportSubmitted;
import org.vigil.contracts.problem.FieldError;
import org.vigil.contracts.vocabulary.ClaimProperty;
import org.vigil.identity.Pseudonym;
import org.vigil.moderation.claims.Citation;
import org.vigil.moderation.claims.QuoteIndex;
import org.vigil.moderation.sources.CitedSources;

/**
 * A claim as its author writes it, in a report or a revision: what is wrong with it, and what it
 * becomes once accepted (its citations, awaiting their quote checks, and their announcement to the
 * evidence store).
 */
public record ClaimDraft(ClaimProperty property, JsonNode value, List<CitedQuote> citations) {

    /** Every field that is wrong, with paths under {@code path} (e.g. {@code claims[0]}). */
    List<FieldError> errors(String path) {
        List<FieldError> errors = new ArrayList<>();
        ClaimValues.check(property, value, prefixed(path, "value"))
                .forEach(e -> errors.add(new FieldError(e.field(), e.message())));
        for (int j = 0; j < citations.size(); j++) {
            CitedQuote citation = citations.get(j);
            String citationPath = prefixed(path, "citations[" + j + "]");
            if ((citation.sourceId() == null) == (citation.source() == null)) {
                errors.add(new FieldError(
                        citationPath, "name a registered source by sourceId or give the source inline, not both"));
            }
            if (citation.sourceVersion() != null && citation.sourceId() == null) {
                errors.add(new FieldError(
                        citationPath + ".sourceVersion", "names a version of the source given by sourceId"));
            }
            if (citation.source() != null && !isWebUrl(citation.source().url())) {
                errors.add(new FieldError(citationPath + ".source.url", "must be an http or https URL"));
            }
        }
        return errors;
    }

    /**
     * Citations naming a source, or a version of one, that sources-service has not registered:
     * refused now, while the author is here, rather than failing their quote check later.
     */
    List<FieldError> unregisteredSources(String path, CitedSources registered) {
        List<FieldError> errors = new ArrayList<>();
        for (int j = 0; j < citations.size(); j++) {
            CitedQuote citation = citations.get(j);
            if (citation.sourceId() == null || citation.source() != null) {
                continue;
            }
            String citationPath = prefixed(path, "citations[" + j + "]");
            if (!registered.holds(citation.sourceId())) {
                errors.add(
                        new FieldError(
                                citationPath + ".sourceId",
                                "no source with this id is registered: register it first (POST /api/v1/sources) or give it inline"));
            } else if (citation.sourceVersion() != null
                    && !registered.holds(citation.sourceId(), citation.sourceVersion())) {
                errors.add(new FieldError(
                        citationPath + ".sourceVersion",
                        "the source has no such version; its newest is "
                                + registered.newestVersionOf(citation.sourceId())));
            }
        }
        return errors;
    }

    /** The citations as stored, each awaiting its quote check. */
    List<Citation> pendingCitations() {
        List<Citation> pending = new ArrayList<>();
        for (int i = 0; i < citations.size(); i++) {
            CitedQuote cited = citations.get(i);
            String url = cited.source() != null ? cited.source().url() : null;
            pending.add(Citation.pending(i, cited.sourceId(), url, cited.exact(), cited.prefix(), cited.suffix()));
        }
        return pending;
    }

    /**
     * The citations as the evidence store is told of them, numbered for this revision. An inline
     * source is supplied by the author, named by their pseudonym: a text of theirs under a URL
     * someone else registered becomes a new version attributed to them, never a replacement.
     */
    List<ReportSubmitted.Citation> announcedCitations(int revision, Pseudonym author) {
        List<ReportSubmitted.Citation> announced = new ArrayList<>();
        for (int i = 0; i < citations.size(); i++) {
            CitedQuote cited = citations.get(i);
            int index = new QuoteIndex(revision, i).wire();
            announced.add(
                    cited.source() == null
                            ? ReportSubmitted.Citation.inRegistered(
                                    index,
                                    cited.sourceId(),
                                    cited.sourceVersion(),
                                    cited.exact(),
                                    cited.prefix(),
                                    cited.suffix())
                            : ReportSubmitted.Citation.inDocument(
                                    index,
                                    cited.source().suppliedBy(author.value()),
                                    cited.exact(),
                                    cited.prefix(),
                                    cited.suffix()));
        }
        return announced;
    }

    private static String prefixed(String path, String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    static boolean isWebUrl(String url) {
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme();
            return scheme != null
                    && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                    && uri.getHost() != null;
        } catch (Exception e) {
            return false;
        }
    }
}

package org.vigil.web.workspace;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.core.MultivaluedMap;

/**
 * The citation a claim form sends: a registered source (at the version the contributor read, when
 * known) and the quote selected in it, with the words just before and after it.
 */
public record CitationFields(String sourceId, String sourceVersion, String exact, String prefix, String suffix) {

    static CitationFields of(MultivaluedMap<String, String> form) {
        return new CitationFields(
                FormValues.field(form, "sourceId"),
                FormValues.field(form, "sourceVersion"),
                FormValues.field(form, "exact"),
                FormValues.field(form, "prefix"),
                FormValues.field(form, "suffix"));
    }

    /** A quote of the source's newest version, without the words around it. */
    static CitationFields quoting(String sourceId, String exact) {
        return new CitationFields(sourceId, "", exact, "", "");
    }

    /** The citation as moderation-service takes it within a claim. */
    ObjectNode toCitation(ObjectMapper json) {
        ObjectNode citation = json.createObjectNode().put("sourceId", sourceId);
        try {
            citation.put("sourceVersion", Integer.parseInt(sourceVersion));
        } catch (NumberFormatException none) {
            // without a version the citation is bound to the newest
        }
        citation.put("exact", exact);
        FormValues.putIfGiven(citation, "prefix", prefix);
        FormValues.putIfGiven(citation, "suffix", suffix);
        return citation;
    }
}

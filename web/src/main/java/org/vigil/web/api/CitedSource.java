package org.vigil.web.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Locale;

/**
 * The source a citation quotes, as the services write it into the citation itself
 * ({@code sourceId}, {@code sourceUrl}, {@code sourceTitle}, {@code publisher}, {@code rating}): the
 * public record's and the moderators' citations alike.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CitedSource(
        @JsonProperty("sourceId") String id,
        @JsonProperty("sourceUrl") String url,
        @JsonProperty("sourceTitle") String title,
        String publisher,
        String rating) {

    /**
     * The source's address when it is a web address, else {@code null}: whatever the record
     * holds, a {@code javascript:} URL never becomes a live link.
     */
    public String webUrl() {
        return webAddress(url);
    }

    static String webAddress(String address) {
        if (address == null) {
            return null;
        }
        String url = address.strip();
        String lower = url.toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://") ? url : null;
    }
}

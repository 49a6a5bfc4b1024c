package org.vigil.web.workspace;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * Registered sources a search found, for the contributor to pick the one to cite: a page of them
 * ({@code {items, nextCursor}} as sources-service lists them) and the words searched for.
 *
 * @param asked whether the contributor searched at all (the first visit shows no list)
 * @param refused whether sources-service refused the words (too long)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SourceSearch(List<Found> items, String nextCursor, String query, boolean asked, boolean refused) {

    public SourceSearch {
        items = items == null ? List.of() : items;
        query = query == null ? "" : query;
    }

    /** The first step before any search. */
    static SourceSearch notAsked() {
        return new SourceSearch(List.of(), null, "", false, false);
    }

    static SourceSearch refused(String query) {
        return new SourceSearch(List.of(), null, query, true, true);
    }

    /** This page as the answer to {@code words}. */
    SourceSearch of(String words) {
        return new SourceSearch(items, nextCursor, words, true, false);
    }

    /** A registered source as the list shows it: enough to recognise it, nothing about who supplied it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Found(
            String id,
            String url,
            String title,
            String publishedAt,
            String registeredAt,
            String status,
            Publisher publisher) {

        /** What the list calls it: its title, else its address. */
        public String name() {
            return title == null || title.isBlank() ? url : title;
        }

        public boolean deletedUpstream() {
            return "deleted_upstream".equals(status);
        }
    }
}

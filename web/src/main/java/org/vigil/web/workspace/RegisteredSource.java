package org.vigil.web.workspace;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A registered source as sources-service shows it to the signed-in person: its version, and the
 * preserved text of that version when they may read it (contributors and moderators), to select
 * a quote in.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RegisteredSource(String id, String url, String title, Integer version, String text) {

    public RegisteredSource withText(String pasted) {
        return new RegisteredSource(id, url, title, version, pasted);
    }

    /** What the page calls it: its title, else its address. */
    public String name() {
        return title == null || title.isBlank() ? url : title;
    }
}

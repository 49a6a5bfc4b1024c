package org.vigil.web.workspace;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A registered source as sources-service shows it to the signed-in person: its version, and its
 * preserved text only when they may read it (moderators; a contributor sees the text they pasted).
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

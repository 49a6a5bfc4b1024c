package org.vigil.web.workspace;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.core.MultivaluedMap;

/** What the workspace's forms do alike with what was typed into them. */
final class FormValues {

    private FormValues() {}

    /** A posted field's value, empty when the form did not send it. */
    static String field(MultivaluedMap<String, String> form, String name) {
        String value = form.getFirst(name);
        return value == null ? "" : value;
    }

    /** Sets {@code name} only when something was typed for it. */
    static void putIfGiven(ObjectNode node, String name, String value) {
        if (value != null && !value.isBlank()) {
            node.put(name, value);
        }
    }

    /**
     * A number as typed: {@code null} when left empty, the text as typed when it is not a number (the
     * service then names the field).
     */
    static void putNumber(ObjectNode node, String name, String typed) {
        if (typed.isBlank()) {
            node.putNull(name);
            return;
        }
        try {
            node.put(name, Long.parseLong(typed.strip()));
        } catch (NumberFormatException notANumber) {
            node.put(name, typed);
        }
    }
}

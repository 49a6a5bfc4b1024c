package org.vigil.web.workspace;

import java.util.Map;

/** The service's reasons for refusing a form, by form field; {@code ""} holds what no field can fix. */
public record FieldErrors(Map<String, String> byField) {

    public boolean any() {
        return !byField.isEmpty();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public String of(String field) {
        return byField.getOrDefault(field, "");
    }

    public String general() {
        return byField.getOrDefault("", "");
    }
}

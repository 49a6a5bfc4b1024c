package org.vigil.events.export;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The licence the public record is published under ({@code vigil.licence.*}, from
 * {@code VIGIL_LICENCE_URL} and {@code VIGIL_LICENCE_NAME}; CC BY 4.0 unless the operator sets
 * another). Every public answer names it: a {@code Link: <url>; rel="license"} header (RFC 8288,
 * the IANA relation), {@code license} in an event's JSON-LD and in a GeoJSON export.
 */
@ConfigMapping(prefix = "vigil.licence")
public interface DataLicence {

    String CC_BY_4_0 = "https://creativecommons.org/licenses/by/4.0/";

    /** The licence's canonical URL: what machines compare. */
    @WithDefault(CC_BY_4_0)
    String url();

    /** Its short name, for people, e.g. in the API description. */
    @WithDefault("CC BY 4.0")
    String name();

    /** The {@code Link} header value that names it. */
    default String link() {
        return "<" + url() + ">; rel=\"license\"";
    }
}

package org.vigil.web.page;

import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.vigil.web.i18n.Language;

/** Who is reading, as far as the pages care: which language they read. Nothing else is kept. */
public final class Reader {

    private Reader() {}

    public static Page page(HttpHeaders headers, UriInfo uri) {
        Cookie remembered = headers.getCookies().get(Language.COOKIE);
        List<Locale> preferred = headers.getAcceptableLanguages();
        Language language = Language.choose(
                uri.getQueryParameters().getFirst("lang"),
                remembered == null ? null : remembered.getValue(),
                preferred);
        return new Page(language, switchUrl(language.other(), uri));
    }

    /** The language switch: a plain link that remembers the choice and comes back to this page. */
    private static String switchUrl(Language to, UriInfo uri) {
        StringBuilder back = new StringBuilder(uri.getRequestUri().getRawPath());
        // ?lang= would override the choice being made: the link leaves it out
        char separator = '?';
        for (var parameter : uri.getQueryParameters().entrySet()) {
            if (parameter.getKey().equals("lang")) {
                continue;
            }
            for (String value : parameter.getValue()) {
                back.append(separator)
                        .append(encode(parameter.getKey()))
                        .append('=')
                        .append(encode(value));
                separator = '&';
            }
        }
        return "/language/" + to.tag() + "?back=" + encode(back.toString());
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}

package org.vigil.web.page;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.vigil.web.i18n.Language;

/**
 * The language switch: a plain link (works without JavaScript) that remembers the reader's choice
 * in a cookie and goes back to the page they were on.
 */
@Path("/language/{tag}")
public class LanguageSwitch {

    static final int ONE_YEAR = 365 * 24 * 3600;

    @GET
    public Response choose(@PathParam("tag") String tag, @QueryParam("back") String back) {
        Language language = Language.byTag(tag).orElse(Language.EN);
        NewCookie cookie = new NewCookie.Builder(Language.COOKIE)
                .value(language.tag())
                .path("/")
                .maxAge(ONE_YEAR)
                .httpOnly(true)
                .sameSite(NewCookie.SameSite.LAX)
                .build();
        // a relative Location: behind the gateway this app does not know the public host name
        return Response.status(Response.Status.SEE_OTHER)
                .header("Location", localPath(back))
                .cookie(cookie)
                .build();
    }

    /** Only a path on this site: {@code //elsewhere} or {@code https://elsewhere} would be an open redirect. */
    static String localPath(String back) {
        if (back == null
                || !back.startsWith("/")
                || back.startsWith("//")
                || back.startsWith("/\\")
                || back.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return "/";
        }
        try {
            URI uri = URI.create(back);
            return uri.getScheme() == null && uri.getRawAuthority() == null ? back : "/";
        } catch (IllegalArgumentException e) {
            return "/";
        }
    }
}

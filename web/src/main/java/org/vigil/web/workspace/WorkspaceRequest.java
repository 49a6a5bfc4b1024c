package org.vigil.web.workspace;

import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;

/**
 * What a workspace page reads from every request ({@code @BeanParam}): the headers and address
 * that choose the reader's language, and the form token's cookie.
 */
public class WorkspaceRequest {

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @CookieParam(CsrfToken.COOKIE)
    String csrfCookie;

    /** Refuses a form that did not come from one of our pages: its token is not the cookie's. */
    void refuseCrossSite(String formToken) {
        if (!CsrfToken.matches(csrfCookie, formToken)) {
            throw new CrossSiteRequestRefused();
        }
    }

    /** Whether the address names {@code parameter}, even with no value ({@code ?q=}). */
    boolean names(String parameter) {
        return uri.getQueryParameters().containsKey(parameter);
    }

    /** The path of this request, where a form on its page posts back to. */
    String path() {
        return uri.getPath();
    }
}

package org.vigil.web.workspace;

import jakarta.ws.rs.FormParam;

/**
 * A form posted to a workspace page ({@code @BeanParam}): what every workspace request carries, and
 * the form's token, which shows it came from one of our pages.
 */
public class WorkspaceForm extends WorkspaceRequest {

    @FormParam(CsrfToken.FIELD)
    String csrf;

    /** Refuses the form unless it came from one of our pages: its token is the cookie's. */
    void refuseCrossSite() {
        refuseCrossSite(csrf);
    }
}

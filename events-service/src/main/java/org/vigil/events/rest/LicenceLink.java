package org.vigil.events.rest;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.vigil.events.export.DataLicence;

/**
 * Names the data's licence on every read of the public record, the exports included:
 * {@code Link: <…>; rel="license"} beside any {@code rel="next"}. A partner's webhook settings are
 * not the record and are left out, and so are problems, which carry no data.
 */
public class LicenceLink {

    private final DataLicence licence;

    public LicenceLink(DataLicence licence) {
        this.licence = licence;
    }

    @ServerResponseFilter
    public void nameLicence(ContainerRequestContext request, ContainerResponseContext response) {
        String path = request.getUriInfo().getPath();
        if (HttpMethod.GET.equals(request.getMethod())
                && response.getStatus() < 400
                && path.startsWith("/api/v1/")
                && !path.startsWith("/api/v1/webhooks")) {
            response.getHeaders().add(HttpHeaders.LINK, licence.link());
        }
    }
}

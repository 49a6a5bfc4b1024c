package org.vigil.events.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.vigil.events.export.GeoJsonFeatureCollection;

/**
 * GeoJSON is JSON: a client asking the GeoJSON export for {@code application/json} (many HTTP
 * libraries send only that) gets the FeatureCollection, labelled {@code application/geo+json},
 * rather than a 406. Done before matching because a streamed export cannot negotiate between
 * media types at run time.
 */
public class GeoJsonAccept {

    static final String PATH = "/api/v1/events.geojson";

    @ServerRequestFilter(preMatching = true)
    public void acceptJsonAsGeoJson(ContainerRequestContext request) {
        if (!request.getUriInfo().getPath().equals(PATH)) {
            return;
        }
        boolean json = false;
        for (MediaType type : request.getAcceptableMediaTypes()) {
            if (type.isCompatible(MediaType.valueOf(GeoJsonFeatureCollection.MEDIA_TYPE))) {
                return;
            }
            json |= type.isCompatible(MediaType.APPLICATION_JSON_TYPE);
        }
        if (json) {
            request.getHeaders().putSingle(HttpHeaders.ACCEPT, GeoJsonFeatureCollection.MEDIA_TYPE);
        }
    }
}

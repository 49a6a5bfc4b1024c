package org.vigil.events.rest;

import io.smallrye.common.annotation.NonBlocking;
import io.smallrye.mutiny.Multi;
import io.vertx.core.buffer.Buffer;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestResponse;
import org.vigil.events.export.AcledCsv;
import org.vigil.events.export.EventExports;
import org.vigil.events.export.GeoJsonFeatureCollection;
import org.vigil.http.StreamedBody;

/**
 * The public record as files, under the list's filters (docs/product.md §5): streamed from the database a
 * page at a time, so a full export of a million events neither times out nor fills memory. Each
 * chunk is written onto the connection as the database gave it ({@link StreamedBody}); a failure
 * half-way resets the connection rather than ending the file, so a truncated export never looks
 * complete. Filters are checked when the export is asked for, so a bad one is a problem (RFC 9457)
 * before any byte of a file is sent.
 */
@Path("/api/v1")
@RolesAllowed("**")
public class ExportResource {

    @Inject
    EventExports exports;

    /** ACLED-style CSV, columns and kind coding as in {@code docs/acled.md}, newest first. */
    @GET
    @Path("/events.csv")
    @Produces(AcledCsv.MEDIA_TYPE)
    @Operation(operationId = "exportEventsCsv")
    @APIResponse(
            responseCode = "200",
            description = "ACLED-style CSV",
            content =
                    @Content(
                            mediaType = AcledCsv.MEDIA_TYPE,
                            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @NonBlocking
    public RestResponse<StreamedBody> csv(@BeanParam FilterParams filter) {
        return file(exports.csv(filter.filter()), "vigil-events.csv");
    }

    /**
     * An RFC 7946 FeatureCollection of Points in longitude, latitude order, newest first. A client
     * that asks for {@code application/json} gets it too (GeoJSON is JSON: {@link GeoJsonAccept}).
     */
    @GET
    @Path("/events.geojson")
    @Produces(GeoJsonFeatureCollection.MEDIA_TYPE)
    @Operation(operationId = "exportEventsGeoJson")
    @APIResponse(
            responseCode = "200",
            description = "An RFC 7946 FeatureCollection",
            content =
                    @Content(
                            mediaType = GeoJsonFeatureCollection.MEDIA_TYPE,
                            schema =
                                    @Schema(
                                            type = SchemaType.OBJECT,
                                            description = "GeoJSON FeatureCollection (RFC 7946)")))
    @NonBlocking
    public RestResponse<StreamedBody> geoJson(@BeanParam FilterParams filter) {
        return file(exports.geoJson(filter.filter()), "vigil-events.geojson");
    }

    /**
     * The file under its name. Its chunks are built on the event loop (the method blocks on
     * nothing), and the licence link is added by {@link LicenceLink} as on every other read.
     */
    private static RestResponse<StreamedBody> file(Multi<Buffer> chunks, String name) {
        return RestResponse.ResponseBuilder.ok(new StreamedBody(chunks))
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .build();
    }
}

package org.vigil.events.rest;

import io.vertx.core.buffer.Buffer;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestMulti;
import org.vigil.events.export.AcledCsv;
import org.vigil.events.export.DataLicence;
import org.vigil.events.export.EventExports;
import org.vigil.events.export.GeoJsonFeatureCollection;

/**
 * The public record as files, under the list's filters (docs/product.md §5): streamed from the database a
 * page at a time, so a full export of a million events neither times out nor fills memory. A
 * failure half-way resets the connection rather than ending the file, so a truncated export
 * never looks complete.
 */
@Path("/api/v1")
@RolesAllowed("**")
public class ExportResource {

    @Inject
    EventExports exports;

    @Inject
    DataLicence licence;

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
    public RestMulti<Buffer> csv(@BeanParam FilterParams filter) {
        return file(RestMulti.fromMultiData(exports.csv(filter.filter())), "vigil-events.csv");
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
    public RestMulti<Buffer> geoJson(@BeanParam FilterParams filter) {
        return file(
                RestMulti.fromMultiData(exports.geoJson(filter.filter())).encodeAsJsonArray(false),
                "vigil-events.geojson");
    }

    /**
     * The chunks at most two at a time: the next page is read while the previous chunk is written,
     * and no further until it is (a page's query and its writing overlap; memory stays two pages).
     * Without {@code encodeAsJsonArray(false)} a {@code +json} media type would have each chunk
     * wrapped as an element of a JSON array; with it, each chunk is followed by a line break, which
     * JSON takes as whitespace (the CSV goes without: a line break there would be an empty row).
     * The licence link is set here: a streamed answer's headers are written before the response
     * filters that add it to the other reads would see them.
     */
    private RestMulti<Buffer> file(RestMulti.SyncRestMulti.Builder<Buffer> chunks, String name) {
        return chunks.withDemand(2)
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .header(HttpHeaders.LINK, licence.link())
                .build();
    }
}

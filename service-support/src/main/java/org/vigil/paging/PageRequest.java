package org.vigil.paging;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.vigil.problem.ProblemException;

/**
 * The paging every list takes (docs/product.md §5): {@code cursor}, as the previous page's {@code nextCursor}
 * gave it, and {@code limit}, 1 to {@value #MAX_LIMIT}. {@code limit} is read as text so that a
 * bad value is a 400 naming it rather than the 404 a failed parameter conversion gives.
 */
public class PageRequest {

    public static final int MAX_LIMIT = 200;

    @QueryParam("cursor")
    @Parameter(description = "Where to continue: the nextCursor of the previous page; absent for the first page.")
    String cursor;

    @QueryParam("limit")
    @Parameter(
            description = "How many items a page holds, at most 200.",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200"))
    String limit;

    public PageRequest() {}

    public PageRequest(String cursor, String limit) {
        this.cursor = cursor;
        this.limit = limit;
    }

    /** The cursor, or null for the first page. */
    public String cursor() {
        return cursor == null || cursor.isBlank() ? null : cursor.strip();
    }

    /** The requested limit, {@code byDefault} when none was given; 400 when out of range or not a number. */
    public int limit(int byDefault) {
        if (limit == null) {
            return byDefault;
        }
        try {
            int value = Integer.parseInt(limit.strip());
            if (value >= 1 && value <= MAX_LIMIT) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below, as for a number out of range
        }
        throw ProblemException.invalid("limit", "must be a whole number from 1 to " + MAX_LIMIT);
    }
}

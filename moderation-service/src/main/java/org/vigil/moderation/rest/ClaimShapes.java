package org.vigil.moderation.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.DiscriminatorMapping;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.vigil.contracts.claims.Actor;
import org.vigil.contracts.claims.Existence;
import org.vigil.contracts.claims.Place;
import org.vigil.contracts.claims.Relation;
import org.vigil.contracts.vocabulary.FigureValue;

/**
 * A claim's value per property, as the OpenAPI document describes it (rules in
 * {@code ClaimValues}). The REST layer reads a value as JSON and checks it against the property
 * itself, so that every field error is named at once; these types only tell a client generator
 * which value goes with which property. Never instantiated.
 */
final class ClaimShapes {

    private ClaimShapes() {}

    /** A claim as submitted: which variant it is follows from {@code property}. */
    @Schema(
            name = "Claim",
            description = "One claim of a report: a property, its value, and the quotes that say so",
            oneOf = {
                ExistenceClaim.class,
                DateClaim.class,
                PlaceClaim.class,
                FigureClaim.class,
                ActorClaim.class,
                SummaryClaim.class,
                CampaignClaim.class,
                RelationClaim.class
            },
            discriminatorProperty = "property",
            discriminatorMapping = {
                @DiscriminatorMapping(value = "existence", schema = ExistenceClaim.class),
                @DiscriminatorMapping(value = "date", schema = DateClaim.class),
                @DiscriminatorMapping(value = "place", schema = PlaceClaim.class),
                @DiscriminatorMapping(value = "attendance", schema = FigureClaim.class),
                @DiscriminatorMapping(value = "injured", schema = FigureClaim.class),
                @DiscriminatorMapping(value = "killed", schema = FigureClaim.class),
                @DiscriminatorMapping(value = "arrested", schema = FigureClaim.class),
                @DiscriminatorMapping(value = "actor", schema = ActorClaim.class),
                @DiscriminatorMapping(value = "summary", schema = SummaryClaim.class),
                @DiscriminatorMapping(value = "campaign", schema = CampaignClaim.class),
                @DiscriminatorMapping(value = "relation", schema = RelationClaim.class)
            })
    interface Claim {}

    /** The value of any claim, as a report or the queue shows it back. */
    @Schema(
            name = "ClaimValue",
            description = "The value of a claim; its shape follows the claim's property",
            oneOf = {
                Existence.class,
                DateValue.class,
                PlaceValue.class,
                FigureValue.class,
                Actor.class,
                SummaryValue.class,
                CampaignValue.class,
                Relation.class
            })
    interface Value {}

    @Schema(name = "DateValue")
    record DateValue(
            @Schema(required = true, description = "An EDTF date", example = "2026-02-14")
            String date) {}

    @Schema(name = "PlaceValue")
    record PlaceValue(@Schema(required = true) Place place) {}

    @Schema(name = "SummaryValue")
    record SummaryValue(
            @Schema(required = true, maxLength = 5000) String text) {}

    @Schema(name = "CampaignValue")
    record CampaignValue(
            @Schema(required = true, maxLength = 200) String name) {}

    @Schema(name = "ExistenceClaim", description = "A new event: it took place")
    record ExistenceClaim(
            @Schema(required = true, enumeration = "existence")
            String property,

            @Schema(required = true) Existence value,
            @Schema(required = true) List<ReportRequest.CitationRequest> citations) {}

    @Schema(name = "DateClaim")
    record DateClaim(
            @Schema(required = true, enumeration = "date") String property,
            @Schema(required = true) DateValue value,
            @Schema(required = true) List<ReportRequest.CitationRequest> citations) {}

    @Schema(name = "PlaceClaim")
    record PlaceClaim(
            @Schema(required = true, enumeration = "place") String property,
            @Schema(required = true) PlaceValue value,
            @Schema(required = true) List<ReportRequest.CitationRequest> citations) {}

    @Schema(name = "FigureValueClaim", description = "A figure: how many attended, were injured, killed or arrested")
    record FigureClaim(
            @Schema(
                    required = true,
                    enumeration = {"attendance", "injured", "killed", "arrested"})
            String property,

            @Schema(required = true) FigureValue value,
            @Schema(required = true) List<ReportRequest.CitationRequest> citations) {}

    @Schema(name = "ActorClaim")
    record ActorClaim(
            @Schema(required = true, enumeration = "actor") String property,
            @Schema(required = true) Actor value,
            @Schema(required = true) List<ReportRequest.CitationRequest> citations) {}

    @Schema(name = "SummaryClaim")
    record SummaryClaim(
            @Schema(required = true, enumeration = "summary")
            String property,

            @Schema(required = true) SummaryValue value,
            @Schema(required = true) List<ReportRequest.CitationRequest> citations) {}

    @Schema(name = "CampaignClaim")
    record CampaignClaim(
            @Schema(required = true, enumeration = "campaign")
            String property,

            @Schema(required = true) CampaignValue value,
            @Schema(required = true) List<ReportRequest.CitationRequest> citations) {}

    @Schema(name = "RelationClaim")
    record RelationClaim(
            @Schema(required = true, enumeration = "relation")
            String property,

            @Schema(required = true) Relation value,
            @Schema(required = true) List<ReportRequest.CitationRequest> citations) {}
}

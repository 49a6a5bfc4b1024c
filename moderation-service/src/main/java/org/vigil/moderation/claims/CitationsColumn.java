package org.vigil.moderation.claims;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.vigil.contracts.vocabulary.QuoteCheck;
import org.vigil.contracts.vocabulary.Rating;

/**
 * Stores a claim's citations as a JSON array in a text column. Hibernate Reactive binds JSON
 * columns as JSON objects only, so an array goes through this converter instead. Each citation
 * is one flat object, its fields named as they always were, so rows written earlier still read.
 */
@Converter
public class CitationsColumn implements AttributeConverter<List<Citation>, String> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public String convertToDatabaseColumn(List<Citation> citations) {
        try {
            return JSON.writeValueAsString(
                    citations.stream().map(CitationsColumn::flat).toList());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public List<Citation> convertToEntityAttribute(String column) {
        if (column == null) {
            return List.of();
        }
        try {
            List<Citation> citations = new ArrayList<>();
            for (JsonNode stored : JSON.readTree(column)) {
                citations.add(citation(stored));
            }
            return citations;
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new IllegalStateException("stored citations are unreadable", e);
        }
    }

    private static Map<String, Object> flat(Citation c) {
        Map<String, Object> flat = new LinkedHashMap<>();
        flat.put("position", c.position());
        flat.put("sourceId", c.sourceId());
        flat.put("sourceUrl", c.sourceUrl());
        flat.put("sourceTitle", c.sourceTitle());
        flat.put("sourceVersion", c.sourceVersion());
        flat.put("versionSuppliedBy", c.versionSuppliedBy());
        flat.put("exact", c.exact());
        flat.put("prefix", c.prefix());
        flat.put("suffix", c.suffix());
        flat.put("quoteCheck", c.quoteCheck());
        flat.put("start", c.start());
        flat.put("end", c.end());
        flat.put("publisherId", c.publisherId());
        flat.put("publisher", c.publisher());
        flat.put("rating", c.rating());
        return flat;
    }

    private static Citation citation(JsonNode stored) throws JsonProcessingException {
        return new Citation(
                stored.path("position").asInt(),
                new Citation.Source(
                        field(stored, "sourceId", UUID.class),
                        field(stored, "sourceUrl", String.class),
                        field(stored, "sourceTitle", String.class),
                        field(stored, "sourceVersion", Integer.class),
                        field(stored, "versionSuppliedBy", String.class)),
                new Citation.Quote(
                        field(stored, "exact", String.class),
                        field(stored, "prefix", String.class),
                        field(stored, "suffix", String.class)),
                new Citation.Check(
                        field(stored, "quoteCheck", QuoteCheck.class),
                        field(stored, "start", Integer.class),
                        field(stored, "end", Integer.class)),
                new Citation.Publisher(
                        field(stored, "publisherId", UUID.class),
                        field(stored, "publisher", String.class),
                        field(stored, "rating", Rating.class)));
    }

    /** A field read as Jackson would read it into a record component: absent or null is null. */
    private static <T> T field(JsonNode stored, String name, Class<T> type) throws JsonProcessingException {
        JsonNode value = stored.get(name);
        return value == null || value.isNull() ? null : JSON.treeToValue(value, type);
    }
}

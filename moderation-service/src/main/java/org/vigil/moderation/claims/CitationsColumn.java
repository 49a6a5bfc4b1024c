package org.vigil.moderation.claims;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.List;

/**
 * Stores a claim's citations as a JSON array in a text column. Hibernate Reactive binds JSON
 * columns as JSON objects only, so an array goes through this converter instead.
 */
@Converter
public class CitationsColumn implements AttributeConverter<List<Citation>, String> {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<Citation>> TYPE = new TypeReference<>() {};

    @Override
    public String convertToDatabaseColumn(List<Citation> citations) {
        try {
            return JSON.writeValueAsString(citations);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public List<Citation> convertToEntityAttribute(String column) {
        try {
            return column == null ? List.of() : JSON.readValue(column, TYPE);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored citations are unreadable", e);
        }
    }
}

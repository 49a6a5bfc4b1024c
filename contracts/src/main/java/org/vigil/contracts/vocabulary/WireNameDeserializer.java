package org.vigil.contracts.vocabulary;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;

/**
 * Reads a {@link WireName} enum from its wire name. Jackson creates one per vocabulary through
 * {@link #createContextual}; an unknown value fails with {@link WireName#parse}'s message, which
 * the services' problem answers pass on to the client.
 */
public class WireNameDeserializer extends StdScalarDeserializer<Object> implements ContextualDeserializer {

    private final Class<?> vocabulary;

    public WireNameDeserializer() {
        this(Object.class);
    }

    private WireNameDeserializer(Class<?> vocabulary) {
        super(vocabulary);
        this.vocabulary = vocabulary;
    }

    @Override
    public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property) {
        return new WireNameDeserializer(ctxt.getContextualType().getRawClass());
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Object deserialize(JsonParser parser, DeserializationContext ctxt) throws IOException {
        return WireName.parse((Class) vocabulary, parser.getValueAsString());
    }
}

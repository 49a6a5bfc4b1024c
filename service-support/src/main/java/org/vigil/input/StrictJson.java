package org.vigil.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.JsonNodeDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.Iterator;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reads JSON strictly when {@code vigil.input.strict} is on: anything after the value is an error
 * (a second document smuggled behind the first), a number or boolean where a string belongs is an
 * error rather than quietly turned into text, and every string (in records and in free JSON values
 * alike, field names included) must be acceptable text ({@link TextValues}). Each failure names its
 * field and becomes a 400 problem.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    @Inject
    @ConfigProperty(name = "vigil.input.strict", defaultValue = "false")
    boolean strict;

    @Override
    public void customize(ObjectMapper mapper) {
        if (!strict) {
            return;
        }
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.registerModule(new SimpleModule("vigil-text-values")
                .addDeserializer(String.class, new CheckedString())
                .addDeserializer(JsonNode.class, new CheckedTree()));
    }

    static JsonMappingException refused(JsonParser parser, String problem) {
        return JsonMappingException.from(parser, problem, new IllegalArgumentException(problem));
    }

    /** Jackson's own string reading, then the text rule. */
    static final class CheckedString extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = super.deserialize(parser, context);
            String problem = TextValues.problemWith(text);
            if (problem != null) {
                throw refused(parser, problem);
            }
            return text;
        }
    }

    /** Jackson's own tree reading, then the text rule on every string and field name in it. */
    static final class CheckedTree extends StdDeserializer<JsonNode> {

        CheckedTree() {
            super(JsonNode.class);
        }

        @Override
        public JsonNode deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            JsonNode tree = JsonNodeDeserializer.getDeserializer(JsonNode.class).deserialize(parser, context);
            String problem = problemIn(tree);
            if (problem != null) {
                throw refused(parser, problem);
            }
            return tree;
        }

        /** As Jackson's own: an explicit null is a null node, an absent value is no value. */
        @Override
        public JsonNode getNullValue(DeserializationContext context) {
            return NullNode.getInstance();
        }

        @Override
        public Object getAbsentValue(DeserializationContext context) {
            return null;
        }

        private static String problemIn(JsonNode node) {
            if (node.isTextual()) {
                return TextValues.problemWith(node.textValue());
            }
            if (node.isObject()) {
                for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                    Map.Entry<String, JsonNode> field = fields.next();
                    String problem = TextValues.problemWith(field.getKey());
                    if (problem == null) {
                        problem = problemIn(field.getValue());
                    }
                    if (problem != null) {
                        return problem;
                    }
                }
            } else if (node.isArray()) {
                for (JsonNode element : node) {
                    String problem = problemIn(element);
                    if (problem != null) {
                        return problem;
                    }
                }
            }
            return null;
        }
    }
}

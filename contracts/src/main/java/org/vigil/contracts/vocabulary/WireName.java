package org.vigil.contracts.vocabulary;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * A vocabulary enum whose constants travel as lower-case names ({@code COUNTER_PROTEST} is
 * {@code "counter_protest"}) in JSON, messages and database columns. The wire name is derived from
 * the constant, so renaming a constant changes the wire: the JSON tests pin every value.
 * Implementers carry {@code @JsonDeserialize(using = WireNameDeserializer.class)} so an unknown
 * value is refused with a message that names the vocabulary.
 */
public interface WireName {

    /** Implemented by every enum. */
    String name();

    /** The name used on the wire and in the database. */
    @JsonValue
    default String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    static <E extends Enum<E> & WireName> Optional<E> lookup(Class<E> vocabulary, String wire) {
        return Arrays.stream(vocabulary.getEnumConstants())
                .filter(v -> v.wire().equals(wire))
                .findFirst();
    }

    /** The constant with this wire name; an {@link IllegalArgumentException} naming the vocabulary otherwise. */
    static <E extends Enum<E> & WireName> E parse(Class<E> vocabulary, String wire) {
        return lookup(vocabulary, wire)
                .orElseThrow(() -> new IllegalArgumentException("unknown " + vocabulary.getSimpleName() + ": " + wire));
    }
}

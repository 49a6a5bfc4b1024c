package org.vigil.contracts;

/**
 * A past-tense fact one service tells the others. The topology decides where it travels; the
 * aggregate names what it is about.
 */
public interface IntegrationEvent {

    String aggregateType();

    String aggregateId();

    default String type() {
        return getClass().getSimpleName();
    }

    default int schemaVersion() {
        return 1;
    }
}

package org.vigil.contracts.problem;

/**
 * One thing wrong with submitted input: {@code field} is the path to it as the client wrote it
 * ({@code claims[0].value.place.countryCode}), {@code message} says what it must look like. Goes
 * into the RFC 9457 problem's list of offending fields.
 */
public record FieldError(String field, String message) {}

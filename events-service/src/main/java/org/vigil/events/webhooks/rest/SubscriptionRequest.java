package org.vigil.events.webhooks.rest;

import java.util.List;

/**
 * {@code POST /api/v1/webhooks}: where to deliver and which changes.
 *
 * @param url an https URL on a public address
 * @param events any of {@code event.created}, {@code event.updated}, {@code event.merged}, {@code event.retracted}
 */
public record SubscriptionRequest(String url, List<String> events) {}

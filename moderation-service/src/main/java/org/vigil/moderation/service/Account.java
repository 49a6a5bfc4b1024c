package org.vigil.moderation.service;

/**
 * Who is acting: the OIDC subject (kept inside this service only) and the stable pseudonym
 * moderators and the audit log know them by.
 */
public record Account(String subject, String pseudonym, boolean moderator) {}

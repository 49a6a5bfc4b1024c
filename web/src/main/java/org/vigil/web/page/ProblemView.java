package org.vigil.web.page;

/**
 * One problem type as its page shows it: the {@code type} URI a client switches on, its title and
 * status, what it means and what to do, in the reader's language.
 */
public record ProblemView(String slug, String type, String title, int status, String means, String todo) {}

package org.vigil.web.workspace;

import java.util.ArrayList;
import java.util.List;

/**
 * A source's preserved text cut into pieces, the quoted ones marked: at the offsets the quote check
 * found, or, when it was ambiguous or its offsets do not fit this text, at every occurrence of the
 * exact quote, so the moderator sees each candidate.
 */
public record QuotedText(List<Piece> pieces, int marks) {

    public record Piece(String text, boolean quoted) {}

    public static QuotedText of(String text, String exact, Integer start, Integer end) {
        if (text == null) {
            return new QuotedText(List.of(), 0);
        }
        if (start != null
                && end != null
                && start >= 0
                && end <= text.length()
                && start < end
                && (exact == null || text.substring(start, end).equals(exact))) {
            return new QuotedText(
                    List.of(
                            new Piece(text.substring(0, start), false),
                            new Piece(text.substring(start, end), true),
                            new Piece(text.substring(end), false)),
                    1);
        }
        List<Piece> pieces = new ArrayList<>();
        int marks = 0;
        int from = 0;
        if (exact != null && !exact.isEmpty()) {
            for (int at = text.indexOf(exact); at >= 0; at = text.indexOf(exact, at + exact.length())) {
                pieces.add(new Piece(text.substring(from, at), false));
                pieces.add(new Piece(exact, true));
                from = at + exact.length();
                marks++;
            }
        }
        pieces.add(new Piece(text.substring(from), false));
        return new QuotedText(pieces, marks);
    }
}

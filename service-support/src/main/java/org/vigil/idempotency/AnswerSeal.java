package org.vigil.idempotency;

/**
 * How a stored answer is kept at rest. Most answers are stored as sent; an answer that carries a
 * secret shown once (a webhook's signing secret) is stored encrypted, so a retry can still be
 * given the first answer while the table holds no secret in plain text.
 */
public interface AnswerSeal {

    /** Stores answers as they were sent. */
    AnswerSeal PLAIN = new AnswerSeal() {
        @Override
        public String seal(String body, String context) {
            return body;
        }

        @Override
        public String open(String stored, String context) {
            return stored;
        }
    };

    /**
     * @param context binds the stored form to its row (the row's digest): a sealed answer moved to
     *     another row does not open
     */
    String seal(String body, String context);

    String open(String stored, String context);
}

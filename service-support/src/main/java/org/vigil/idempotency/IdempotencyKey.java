package org.vigil.idempotency;

import java.util.Optional;
import org.vigil.problem.ProblemException;

/**
 * The client's {@code Idempotency-Key} header: any 1 to 255 visible ASCII characters, a UUID being
 * the usual choice. The key itself is never stored (see {@link IdempotentRequest#digest()}).
 */
public record IdempotencyKey(String value) {

    public static final String HEADER = "Idempotency-Key";
    static final int MAX_LENGTH = 255;

    /** Empty when the header is absent; 400 when it is present but not a usable key. */
    public static Optional<IdempotencyKey> parse(String header) {
        if (header == null) {
            return Optional.empty();
        }
        String value = header.strip();
        if (value.isEmpty() || value.length() > MAX_LENGTH || !value.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw ProblemException.invalid(
                    HEADER, "must be 1 to " + MAX_LENGTH + " visible ASCII characters, e.g. a UUID");
        }
        return Optional.of(new IdempotencyKey(value));
    }
}

package org.vigil.moderation.audit;

import java.util.Objects;

/**
 * The newest entry of the log: its sequence and hash. The next entry gets {@code sequence + 1}
 * and links to {@code hash}. An empty log's head is {@link #EMPTY}: sequence 0, the genesis hash.
 */
public record ChainHead(long sequence, String hash) {

    public static final ChainHead EMPTY = new ChainHead(0, AuditChain.GENESIS_HASH);

    public ChainHead {
        Objects.requireNonNull(hash, "hash");
        if (sequence < 0) {
            throw new IllegalArgumentException("a sequence is never negative");
        }
    }
}

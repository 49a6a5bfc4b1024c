package org.vigil.messaging;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * Consumes one channel by group commit: the messages that arrived while the previous group was
 * being applied are applied together, in arrival order, in one transaction, and acknowledged only
 * after it committed. One group at a time, so a channel's messages keep their order and never
 * race each other; a group costs one transaction (one commit, one lock where the effect takes
 * one) whatever its size, so a channel keeps up with a rate one transaction per message cannot.
 * Alone on a quiet channel a message is a group of one and waits for nothing.
 *
 * <p>When a group fails (one message's effect throws, a conflict rolls it back), nothing of it was
 * committed and each of its messages is applied again on its own, in order: those that succeed are
 * acknowledged, the one that fails is nacked with its own failure and meets the channel's failure
 * strategy as it would alone. A message is never acknowledged before its effect committed.
 */
final class InboxSubscriber<M> implements Flow.Subscriber<Message<M>> {

    private static final Logger LOG = Logger.getLogger(InboxSubscriber.class);

    private final String channel;
    private final int groupSize;
    private final Function<List<Message<M>>, Uni<Void>> apply;
    private final Queue<Message<M>> arrived = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean applying = new AtomicBoolean();
    private volatile Flow.Subscription subscription;

    /**
     * @param apply applies a group's messages in one transaction; fails, committing nothing, when one of them cannot be applied
     * @param groupSize the most messages applied in one transaction; twice as many are requested
     *     from the broker, so the next group is waiting while one is applied
     */
    InboxSubscriber(String channel, int groupSize, Function<List<Message<M>>, Uni<Void>> apply) {
        if (groupSize < 1) {
            throw new IllegalArgumentException("a group holds at least one message");
        }
        this.channel = channel;
        this.groupSize = groupSize;
        this.apply = apply;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        this.subscription = subscription;
        subscription.request(2L * groupSize);
    }

    @Override
    public void onNext(Message<M> message) {
        arrived.add(message);
        applyNextGroup();
    }

    @Override
    public void onError(Throwable failure) {
        LOG.errorf("channel %s failed: %s", channel, failure.toString());
    }

    @Override
    public void onComplete() {
        LOG.debugf("channel %s completed", channel);
    }

    /** Starts the next group unless one is being applied; the one being applied starts it when it ends. */
    private void applyNextGroup() {
        if (!applying.compareAndSet(false, true)) {
            return;
        }
        List<Message<M>> group = new ArrayList<>();
        for (Message<M> message; group.size() < groupSize && (message = arrived.poll()) != null; ) {
            group.add(message);
        }
        if (group.isEmpty()) {
            applying.set(false);
            // a message that arrived after the poll and before the flag was cleared would wait for the next one
            if (!arrived.isEmpty()) {
                applyNextGroup();
            }
            return;
        }
        applyTogether(group).subscribe().with(done -> groupEnded(group.size()), failure -> {
            // settling never fails (acks and nacks are awaited and their failures
            // recovered); this is a defect, but the channel must go on
            LOG.errorf("channel %s: a group of %d ended abnormally: %s", channel, group.size(), failure);
            groupEnded(group.size());
        });
    }

    private void groupEnded(int size) {
        applying.set(false);
        subscription.request(size);
        applyNextGroup();
    }

    private Uni<Void> applyTogether(List<Message<M>> group) {
        return Uni.createFrom()
                .deferred(() -> apply.apply(group))
                .onItemOrFailure()
                .transformToUni((done, failure) -> {
                    if (failure == null) {
                        return settle(group, null);
                    }
                    if (group.size() == 1) {
                        return settle(group, failure);
                    }
                    LOG.debugf(
                            "channel %s: a group of %d rolled back (%s); applying each on its own",
                            channel, group.size(), failure);
                    return Multi.createFrom()
                            .iterable(group)
                            .onItem()
                            .transformToUniAndConcatenate(this::applyAlone)
                            .collect()
                            .last()
                            .replaceWithVoid();
                });
    }

    private Uni<Void> applyAlone(Message<M> message) {
        return Uni.createFrom()
                .deferred(() -> apply.apply(List.of(message)))
                .onItemOrFailure()
                .transformToUni((done, failure) -> settle(List.of(message), failure));
    }

    /** Acknowledges the messages (their effect committed), or nacks them with the failure. */
    private Uni<Void> settle(List<Message<M>> messages, Throwable failure) {
        return Multi.createFrom()
                .iterable(messages)
                .onItem()
                .transformToUniAndConcatenate(message -> Uni.createFrom()
                        .completionStage(() -> failure == null ? message.ack() : message.nack(failure))
                        .onFailure()
                        .recoverWithItem(unsettled -> {
                            LOG.warnf("channel %s: a message could not be settled: %s", channel, unsettled);
                            return null;
                        }))
                .collect()
                .last()
                .replaceWithVoid();
    }
}

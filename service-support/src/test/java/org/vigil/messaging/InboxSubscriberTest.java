package org.vigil.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.mutiny.Uni;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Flow;
import java.util.function.Function;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.junit.jupiter.api.Test;

/** Group commit of a channel's messages: what is applied together, and when each is settled. */
class InboxSubscriberTest {

    /** What became of each message: "acked", or "nacked: " and the failure's message. */
    private final Map<String, String> settled = new ConcurrentHashMap<>();

    private final List<List<String>> applied = new ArrayList<>();
    private final List<Long> requested = new ArrayList<>();

    @Test
    void messagesThatArriveWhileAGroupIsAppliedAreAppliedTogetherInOrderAndAcknowledgedAfterItCommits() {
        List<CompletableFuture<Void>> commits = new ArrayList<>();
        InboxSubscriber<String> subscriber = subscribed(10, committingWhenTold(commits));

        subscriber.onNext(message("a"));
        subscriber.onNext(message("b"));
        subscriber.onNext(message("c"));
        assertEquals(List.of(List.of("a")), applied, "b and c wait while a's transaction runs");
        assertTrue(settled.isEmpty(), "nothing is acknowledged before its transaction commits");

        commits.get(0).complete(null);
        assertEquals(Map.of("a", "acked"), settled);
        assertEquals(List.of(List.of("a"), List.of("b", "c")), applied);

        commits.get(1).complete(null);
        assertEquals(Map.of("a", "acked", "b", "acked", "c", "acked"), settled);
    }

    @Test
    void aGroupIsNeverLargerThanItsSizeAndTheBrokerIsAskedForOneMessageForEachOneSettled() {
        List<CompletableFuture<Void>> commits = new ArrayList<>();
        InboxSubscriber<String> subscriber = subscribed(2, committingWhenTold(commits));
        for (String payload : List.of("a", "b", "c", "d", "e")) {
            subscriber.onNext(message(payload));
        }

        commits.get(0).complete(null);
        commits.get(1).complete(null);
        commits.get(2).complete(null);

        assertEquals(List.of(List.of("a"), List.of("b", "c"), List.of("d", "e")), applied);
        assertEquals(List.of(4L, 1L, 2L, 2L), requested, "twice a group at first, then as many as were settled");
    }

    @Test
    void whenAGroupFailsEachMessageIsAppliedOnItsOwnAndOnlyTheOneThatFailsIsNacked() {
        List<CompletableFuture<Void>> firstCommit = new ArrayList<>();
        InboxSubscriber<String> subscriber = subscribed(10, group -> {
            if (applied.size() == 1) {
                CompletableFuture<Void> commit = new CompletableFuture<>();
                firstCommit.add(commit);
                return Uni.createFrom().completionStage(commit);
            }
            return group.stream().anyMatch(m -> m.getPayload().equals("poison"))
                    ? Uni.createFrom().failure(new IllegalStateException("the record refuses poison"))
                    : Uni.createFrom().voidItem();
        });
        subscriber.onNext(message("a"));
        subscriber.onNext(message("b"));
        subscriber.onNext(message("poison"));
        subscriber.onNext(message("c"));

        firstCommit.get(0).complete(null);

        assertEquals(
                List.of(List.of("a"), List.of("b", "poison", "c"), List.of("b"), List.of("poison"), List.of("c")),
                applied,
                "the failed group rolled back, then each of its messages alone, in order");
        assertEquals(
                Map.of("a", "acked", "b", "acked", "poison", "nacked: the record refuses poison", "c", "acked"),
                settled);
    }

    /** Each group's transaction commits when the test completes its future. */
    private static Function<List<Message<String>>, Uni<Void>> committingWhenTold(
            List<CompletableFuture<Void>> commits) {
        return group -> {
            CompletableFuture<Void> commit = new CompletableFuture<>();
            commits.add(commit);
            return Uni.createFrom().completionStage(commit);
        };
    }

    private InboxSubscriber<String> subscribed(int groupSize, Function<List<Message<String>>, Uni<Void>> apply) {
        InboxSubscriber<String> subscriber = new InboxSubscriber<>("test", groupSize, group -> {
            applied.add(group.stream().map(Message::getPayload).toList());
            return apply.apply(group);
        });
        subscriber.onSubscribe(new Flow.Subscription() {
            @Override
            public void request(long n) {
                requested.add(n);
            }

            @Override
            public void cancel() {}
        });
        return subscriber;
    }

    private Message<String> message(String payload) {
        return Message.of(
                payload,
                () -> {
                    settled.put(payload, "acked");
                    return CompletableFuture.completedFuture(null);
                },
                failure -> {
                    settled.put(payload, "nacked: " + failure.getMessage());
                    return CompletableFuture.completedFuture(null);
                });
    }
}

package nl.workinnl.assistant.declined;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The scrubbed questions of recent answers, under the ballot a vote on them will carry, so that a
 * "not helpful" can keep its question. In memory only and bounded: a vote that reaches another
 * replica, or comes after a restart or after the token expired, keeps nothing (the vote itself still counts).
 */
final class PendingAnswers {

    record Pending(DeclinedQuestion question, Instant at) {}

    static final int MAX = 20_000;

    private final Duration ttl;
    private final Clock clock;
    private final Map<String, Pending> byBallot = new LinkedHashMap<>(1024, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Pending> eldest) {
            return size() > MAX;
        }
    };

    PendingAnswers(Duration ttl, Clock clock) {
        this.ttl = ttl;
        this.clock = clock;
    }

    synchronized void put(String ballot, DeclinedQuestion question) {
        byBallot.put(ballot, new Pending(question, clock.instant()));
    }

    /** The question once: a second vote on the same answer does not keep it twice. */
    synchronized Optional<DeclinedQuestion> take(String ballot) {
        Pending p = byBallot.remove(ballot);
        return p == null || p.at().plus(ttl).isBefore(clock.instant()) ? Optional.empty() : Optional.of(p.question());
    }
}

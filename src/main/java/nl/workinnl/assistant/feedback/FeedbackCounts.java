package nl.workinnl.assistant.feedback;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Helpful / not helpful votes per measure, from the bot and the widget: nothing about who voted.
 *
 * <p>Each vote is a row under its ballot (the answer it rates), counted with COUNT: votes arriving
 * together are separate inserts and all count, where incrementing one row per measure lost them, and
 * the ballot's primary key lets each answer count once, across replicas too. Plain SQL that H2 and
 * PostgreSQL both run.
 */
public final class FeedbackCounts {

    private final JdbcClient jdbc;
    /**
     * A savepoint when the bot votes inside its update's transaction: on PostgreSQL a failed insert
     * would otherwise abort that whole transaction, the update's replies with it.
     */
    private final TransactionTemplate nested;

    private final io.micrometer.core.instrument.MeterRegistry registry;

    public FeedbackCounts(JdbcClient jdbc, PlatformTransactionManager transactions, io.micrometer.core.instrument.MeterRegistry registry) {
        this.registry = registry;
        this.jdbc = jdbc;
        this.nested = new TransactionTemplate(transactions);
        this.nested.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /** Counts the vote unless its ballot was counted before; says whether it counted. */
    public boolean vote(String ballot, String measureId, boolean helpful) {
        try {
            nested.executeWithoutResult(status -> jdbc.sql(
                            "INSERT INTO feedback_vote (ballot, measure_id, helpful, voted_at) VALUES (?, ?, ?, ?)")
                    .params(ballot, measureId, helpful, Timestamp.from(Instant.now())).update());
            registry.counter("assistant.feedback.votes", "helpful", Boolean.toString(helpful)).increment();
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    /** The votes, with those tallied in {@code feedback} before votes were rows. */
    public long votes(String measureId, boolean helpful) {
        return jdbc.sql("SELECT (SELECT COUNT(*) FROM feedback_vote WHERE measure_id = ? AND helpful = ?)"
                        + " + (SELECT COALESCE(SUM(votes), 0) FROM feedback WHERE measure_id = ? AND helpful = ?)")
                .params(measureId, helpful, measureId, helpful).query(Long.class).single();
    }
}

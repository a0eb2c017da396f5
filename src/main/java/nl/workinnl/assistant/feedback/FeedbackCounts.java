package nl.workinnl.assistant.feedback;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Helpful / not helpful votes per measure, from the bot and the widget: anonymous counts, nothing
 * about who voted.
 */
public final class FeedbackCounts {

    private final JdbcClient jdbc;

    public FeedbackCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void vote(String measureId, boolean helpful) {
        int updated = jdbc.sql("UPDATE feedback SET votes = votes + 1 WHERE measure_id = ? AND helpful = ?")
                .params(measureId, helpful).update();
        if (updated == 0) {
            jdbc.sql("""
                    MERGE INTO feedback t USING (VALUES (CAST(? AS VARCHAR(32)), CAST(? AS BOOLEAN))) AS s (measure_id, helpful)
                    ON t.measure_id = s.measure_id AND t.helpful = s.helpful
                    WHEN MATCHED THEN UPDATE SET votes = t.votes + 1
                    WHEN NOT MATCHED THEN INSERT (measure_id, helpful, votes) VALUES (s.measure_id, s.helpful, 1)
                    """)
                    .params(measureId, helpful).update();
        }
    }

    public long votes(String measureId, boolean helpful) {
        return jdbc.sql("SELECT votes FROM feedback WHERE measure_id = ? AND helpful = ?").params(measureId, helpful)
                .query(Long.class).optional().orElse(0L);
    }
}

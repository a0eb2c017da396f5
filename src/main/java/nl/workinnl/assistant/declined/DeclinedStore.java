package nl.workinnl.assistant.declined;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import nl.workinnl.assistant.language.Language;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The table {@code declined_question} (V5): plain SQL that H2 and PostgreSQL both run. */
public final class DeclinedStore {

    private final JdbcClient jdbc;

    public DeclinedStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(DeclinedQuestion q) {
        jdbc.sql("INSERT INTO declined_question (asked_on, language, channel, theme, measure_id, reason, question)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(Date.valueOf(q.askedOn()), q.language().code(), q.channel().name(), q.theme(), q.measureId(),
                        q.reason().name(), q.question())
                .update();
    }

    /** The questions asked on or after the day, newest first. */
    public List<DeclinedQuestion> since(LocalDate from) {
        return jdbc.sql("SELECT asked_on, language, channel, theme, measure_id, reason, question FROM declined_question"
                        + " WHERE asked_on >= ? ORDER BY asked_on DESC, id DESC")
                .param(Date.valueOf(from))
                .query((rs, i) -> new DeclinedQuestion(rs.getDate(1).toLocalDate(), Language.fromCode(rs.getString(2)).orElseThrow(),
                        Channel.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5), DeclineReason.valueOf(rs.getString(6)),
                        rs.getString(7)))
                .list();
    }

    /** Deletes the questions asked before the day; says how many. */
    public int deleteBefore(LocalDate day) {
        return jdbc.sql("DELETE FROM declined_question WHERE asked_on < ?").param(Date.valueOf(day)).update();
    }
}

package nl.workinnl.assistant.declined;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import nl.workinnl.assistant.answer.Answer;
import nl.workinnl.assistant.answer.Suggestion;
import nl.workinnl.assistant.corpus.Measure;
import nl.workinnl.assistant.knowledge.CurrentKnowledge;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What people ask that the assistant cannot answer, kept for editors: each channel hands every
 * answer to {@link #record}, which keeps the declined ones scrubbed ({@link Scrubber}) with the day,
 * language, channel, the theme of the best candidate and the reason; never who asked. Answers that
 * can be rated are held briefly so that a "not helpful" vote ({@link #notHelpful}) can keep their question.
 */
public final class DeclinedQuestions {

    private static final Logger log = LoggerFactory.getLogger(DeclinedQuestions.class);
    /** The day in the Netherlands, where the questions are asked. */
    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private final DeclinedStore store;
    private final PendingAnswers pending;
    /** For the theme of a measure: the version serving when the question is kept. */
    private final CurrentKnowledge knowledge;
    private final Clock clock;

    DeclinedQuestions(DeclinedStore store, PendingAnswers pending, CurrentKnowledge knowledge, Clock clock) {
        this.store = store;
        this.pending = pending;
        this.knowledge = knowledge;
        this.clock = clock;
    }

    /**
     * Keeps the question if the answer declined it; if the answer can be rated ({@code ballot}, the
     * vote's key, present), holds it for a later "not helpful". Never fails the answer it follows.
     */
    public void record(String question, Answer answer, Channel channel, Optional<String> ballot) {
        try {
            Optional<DeclineReason> reason = DeclineReason.of(answer.kind());
            if (reason.isPresent()) {
                String best = answer.suggestions().stream().map(Suggestion::id).findFirst().orElse(null);
                store.insert(question(question, answer, channel, best, reason.get()));
            } else if (ballot.isPresent() && !answer.citations().isEmpty()) {
                String best = answer.citations().getFirst().id();
                pending.put(ballot.get(), question(question, answer, channel, best, DeclineReason.NOT_HELPFUL));
            }
        } catch (RuntimeException e) {
            log.warn("A declined question could not be kept: {}", e.getClass().getSimpleName());
        }
    }

    /** A "not helpful" vote under this ballot: keeps the question of the answer it rates, if still held. */
    public void notHelpful(String ballot, String measureId) {
        try {
            pending.take(ballot).ifPresent(q -> store.insert(new DeclinedQuestion(q.askedOn(), q.language(), q.channel(),
                    theme(measureId), measureId, DeclineReason.NOT_HELPFUL, q.question())));
        } catch (RuntimeException e) {
            log.warn("A not-helpful question could not be kept: {}", e.getClass().getSimpleName());
        }
    }

    private DeclinedQuestion question(String text, Answer answer, Channel channel, String measureId, DeclineReason reason) {
        return new DeclinedQuestion(LocalDate.now(clock.withZone(ZONE)), answer.language(), channel, theme(measureId), measureId,
                reason, Scrubber.scrub(text));
    }

    private String theme(String measureId) {
        return measureId == null ? null : knowledge.get().corpus().measure(measureId).map(Measure::theme).orElse(null);
    }
}

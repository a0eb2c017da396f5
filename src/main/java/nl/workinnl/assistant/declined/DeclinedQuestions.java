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
 * language, channel, the theme of the best candidate and the reason; never who asked. An answer that
 * can be rated carries its question sealed ({@link #sealForRating}) in its feedback token, so that a
 * "not helpful" vote ({@link #notHelpful}) can keep it, whichever replica the vote reaches.
 */
public final class DeclinedQuestions {

    private static final Logger log = LoggerFactory.getLogger(DeclinedQuestions.class);
    /** The day in the Netherlands, where the questions are asked. */
    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private final DeclinedStore store;
    private final SealedQuestion sealed;
    /** For the theme of a measure: the version serving when the question is kept. */
    private final CurrentKnowledge knowledge;
    private final Clock clock;

    DeclinedQuestions(DeclinedStore store, SealedQuestion sealed, CurrentKnowledge knowledge, Clock clock) {
        this.store = store;
        this.sealed = sealed;
        this.knowledge = knowledge;
        this.clock = clock;
    }

    /** Keeps the question if the answer declined it, or the part of it that the answer declined. Never fails the answer it follows. */
    public void record(String question, Answer answer, Channel channel) {
        try {
            Optional<DeclineReason> reason = DeclineReason.of(answer.kind());
            if (reason.isPresent()) {
                String best = answer.suggestions().stream().map(Suggestion::id).findFirst().orElse(null);
                store.insert(question(question, answer, channel, best, reason.get()));
            } else if (!answer.declinedPart().isEmpty()) {
                // Of two questions one was answered: the other, beyond the measures, is what editors need.
                store.insert(question(answer.declinedPart(), answer, channel, null, DeclineReason.NEAR_MISS));
            }
        } catch (RuntimeException e) {
            log.warn("A declined question could not be kept: {}", e.getClass().getSimpleName());
        }
    }

    /**
     * The question of an answer that can be rated, scrubbed and sealed for the answer's feedback token
     * to carry; empty if that fails, which must never fail the answer.
     */
    public String sealForRating(String question, Answer answer, Channel channel) {
        try {
            return sealed.seal(question(question, answer, channel, null, DeclineReason.NOT_HELPFUL));
        } catch (RuntimeException e) {
            log.warn("A rated question could not be sealed: {}", e.getClass().getSimpleName());
            return "";
        }
    }

    /**
     * A "not helpful" vote, counted once, on an answer whose token carried this sealed question:
     * keeps the question under the measure voted on. What this service did not seal keeps nothing.
     */
    public void notHelpful(String sealedQuestion, String measureId) {
        try {
            sealed.open(sealedQuestion).ifPresentOrElse(
                    q -> store.insert(new DeclinedQuestion(q.askedOn(), q.language(), q.channel(), theme(measureId), measureId,
                            DeclineReason.NOT_HELPFUL, q.question())),
                    () -> log.debug("A not-helpful vote carried no question of this service"));
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

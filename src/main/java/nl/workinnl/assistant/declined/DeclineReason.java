package nl.workinnl.assistant.declined;

import java.util.Optional;
import nl.workinnl.assistant.answer.Answer;

/** Why a question is kept for editors. */
public enum DeclineReason {
    /** A subject the measures do not cover, or a fact they do not hold: close to something, but not ours. */
    NEAR_MISS,
    /** No measure fitted well enough. */
    WEAK_MATCH,
    /** Several measures fitted equally: the user was asked to choose. */
    CLARIFY,
    /** Answered, and the user said the answer did not help. */
    NOT_HELPFUL;

    /** The reason an answer of this kind was a decline; empty for answers (and small talk). */
    static Optional<DeclineReason> of(Answer.Kind kind) {
        return switch (kind) {
            case NOT_COVERED -> Optional.of(NEAR_MISS);
            case UNSURE -> Optional.of(WEAK_MATCH);
            case CLARIFY -> Optional.of(CLARIFY);
            default -> Optional.empty();
        };
    }
}

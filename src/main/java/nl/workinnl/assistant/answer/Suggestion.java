package nl.workinnl.assistant.answer;

import nl.workinnl.assistant.translation.LocalizedMeasure;

/**
 * A measure offered to choose next, in the answer's language: one of the choices of a clarifying
 * question ("Did you mean ...?"), or a related measure the user may want next.
 */
public record Suggestion(String id, String title) {

    public static Suggestion of(LocalizedMeasure m) {
        return new Suggestion(m.id(), m.title());
    }
}

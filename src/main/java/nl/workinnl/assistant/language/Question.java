package nl.workinnl.assistant.language;

/**
 * A user's message, cleaned and folded once, so that every step of the pipeline reads the same text
 * without normalising it again.
 */
public record Question(String clean, String folded) {

    public static Question of(String text) {
        String clean = TextNormalizer.clean(text);
        return new Question(clean, TextNormalizer.foldCleaned(clean));
    }

    public boolean isEmpty() {
        return clean.isEmpty();
    }
}

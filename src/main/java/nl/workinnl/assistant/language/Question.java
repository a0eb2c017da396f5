package nl.workinnl.assistant.language;

/**
 * A user's message, cleaned and folded once, and its folded words separated by single spaces, so
 * that every step of the pipeline reads the same text without normalising it again.
 */
public record Question(String clean, String folded, String words) {

    public static Question of(String text) {
        String clean = TextNormalizer.clean(text);
        String folded = TextNormalizer.foldCleaned(clean);
        return new Question(clean, folded, TextNormalizer.words(folded));
    }

    public boolean isEmpty() {
        return clean.isEmpty();
    }

    /** The words with a space at each end, so that " word " finds whole words. */
    public String padded() {
        return " " + words + " ";
    }
}

package nl.workinnl.assistant.search;

import nl.workinnl.assistant.language.Language;

/** The names of the index fields: one set per language, so every language gets its own analysis. */
final class Fields {

    static final String ID = "id";
    static final String KIND = "kind";
    static final String MEASURES = "measures";
    /** Bulgarian texts transliterated to Latin letters, for people who type Bulgarian that way. */
    static final String BULGARIAN_LATIN = "latin_bg";

    private static final String KEYWORDS = "kw_";
    private static final String FOLDED = "fold_";

    private Fields() {}

    /** Title, summary, what it means for you (and for Dutch the official text), stemmed. */
    static String text(Language l) {
        return "text_" + l.code();
    }

    static String title(Language l) {
        return "title_" + l.code();
    }

    /** The everyday words people use for the topic, stemmed. */
    static String keywords(Language l) {
        return KEYWORDS + l.code();
    }

    static boolean isKeywords(String field) {
        return field.startsWith(KEYWORDS);
    }

    /** A folded field of a language, or the Bulgarian in Latin letters (folded too). */
    static boolean isFolded(String field) {
        return field.startsWith(FOLDED) || field.equals(BULGARIAN_LATIN);
    }

    /** Everything above without diacritics and cut to word stems, for "zalozyc" and "sanatate". */
    static String folded(Language l) {
        return FOLDED + l.code();
    }
}

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

    /**
     * Each language's field names made once: a search asks for them hundreds of times, and a name
     * joined anew each time is hashed anew for every map it is looked up in.
     */
    private static final String[] TEXT = names("text_");
    private static final String[] TITLE = names("title_");
    private static final String[] KEYWORD = names(KEYWORDS);
    private static final String[] FOLDED_NAMES = names(FOLDED);

    private Fields() {}

    private static String[] names(String prefix) {
        String[] names = new String[Language.values().length];
        for (Language l : Language.values()) {
            names[l.ordinal()] = prefix + l.code();
        }
        return names;
    }

    /** Title, summary, what it means for you (and for Dutch the official text), stemmed. */
    static String text(Language l) {
        return TEXT[l.ordinal()];
    }

    static String title(Language l) {
        return TITLE[l.ordinal()];
    }

    /** The everyday words people use for the topic, stemmed. */
    static String keywords(Language l) {
        return KEYWORD[l.ordinal()];
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
        return FOLDED_NAMES[l.ordinal()];
    }
}

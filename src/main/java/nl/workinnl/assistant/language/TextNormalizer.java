package nl.workinnl.assistant.language;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;

/**
 * Cleans what people type before anything reads it, with ICU4J: Unicode NFKC, Romanian cedilla
 * letters as their comma-below forms, zero-width and control characters removed, white space
 * collapsed. {@link #fold} gives the lower-case form without diacritics that people type on phones.
 */
public final class TextNormalizer {

    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();
    // Transliterator instances are not thread-safe for all transforms; each thread gets its own.
    private static final ThreadLocal<Transliterator> BULGARIAN_LATIN = ThreadLocal.withInitial(() ->
            Transliterator.getInstance("Bulgarian-Latin/BGN; Any-Lower; NFD; [:Nonspacing Mark:] Remove; NFC; Latin-ASCII"));

    private TextNormalizer() {}

    public static String clean(String text) {
        if (text == null) {
            return "";
        }
        String words = clean(text, true);
        // A message of pictographs only ("👍", "🏠💶") is still a message, answered as one; only
        // beside words do they give way to them.
        return words.isEmpty() ? clean(text, false) : words;
    }

    private static String clean(String text, boolean symbolsAsSpaces) {
        String nfkc = NFKC.normalize(text);
        StringBuilder out = new StringBuilder(nfkc.length());
        boolean space = false;
        for (int i = 0; i < nfkc.length(); ) {
            int cp = nfkc.codePointAt(i);
            i += Character.charCount(cp);
            cp = commaBelow(cp);
            int type = Character.getType(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || (symbolsAsSpaces && type == Character.OTHER_SYMBOL)) {
                // A pictographic symbol (an emoji as in "cazare 😡", but also °, ©) carries no word the
                // measures could meet, but counted as a word unknown to all of them it made a plain
                // question look mostly unknown; it separates words as a space does.
                space = out.length() > 0;
            } else if (type == Character.CONTROL || type == Character.FORMAT || type == Character.UNASSIGNED
                    || type == Character.PRIVATE_USE || type == Character.SURROGATE || isEmojiPart(cp)) {
                // zero-width joiners, BOMs, direction marks, control characters and what is left of an
                // emoji (its variation selector, its skin tone) carry no words
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.appendCodePoint(cp);
            }
        }
        return out.toString();
    }

    /** A variation selector (U+FE0F makes "🌧" a picture) or an emoji skin tone modifier. */
    private static boolean isEmojiPart(int cp) {
        return (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0x1F3FB && cp <= 0x1F3FF);
    }

    /** ş ţ (cedilla, as old keyboards type them) are the Romanian ș ț (comma below). */
    private static int commaBelow(int cp) {
        return switch (cp) {
            case 'ş' -> 'ș';
            case 'Ş' -> 'Ș';
            case 'ţ' -> 'ț';
            case 'Ţ' -> 'Ț';
            default -> cp;
        };
    }

    /**
     * Lower case without diacritics: "Zażółć" becomes "zazolc", "sănătate" becomes "sanatate".
     * The same UTR #30 folding as the index's folded fields (Lucene's ICU folding normalizer), so
     * that questions and index meet; one pass of a Normalizer2, far cheaper than a transliterator.
     */
    public static String fold(String text) {
        // Most words folded one by one (FoldedWords) are plain ASCII letters and digits, which
        // cleaning leaves as they are and folding only lower-cases: no need to normalise them twice.
        return isAsciiLettersAndDigits(text) ? text.toLowerCase(java.util.Locale.ROOT) : foldCleaned(clean(text));
    }

    private static boolean isAsciiLettersAndDigits(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
                return false;
            }
        }
        return true;
    }

    /** {@link #fold} of a text that {@link #clean} has already been through. */
    static String foldCleaned(String clean) {
        return ICUFoldingFilter.NORMALIZER.normalize(clean);
    }

    /** The letters and numbers of every script: what the words of {@link #words} are made of ({@code [\\p{L}\\p{N}]}). */
    private static final int WORD_CHARACTER_TYPES = 1 << Character.UPPERCASE_LETTER | 1 << Character.LOWERCASE_LETTER
            | 1 << Character.TITLECASE_LETTER | 1 << Character.MODIFIER_LETTER | 1 << Character.OTHER_LETTER
            | 1 << Character.DECIMAL_DIGIT_NUMBER | 1 << Character.LETTER_NUMBER | 1 << Character.OTHER_NUMBER;

    /**
     * The words of a text separated by single spaces, punctuation gone: "Hoeveel? Alle-maal" is "Hoeveel Alle maal".
     * One pass over the text: every step of the pipeline calls this, and splitting on a regular
     * expression and joining again cost several times as much.
     */
    public static String words(String text) {
        StringBuilder words = new StringBuilder(text.length());
        boolean between = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (!isWordCharacter(cp)) {
                between = true;
            } else {
                if (between && !words.isEmpty()) {
                    words.append(' ');
                }
                between = false;
                words.appendCodePoint(cp);
            }
        }
        return words.toString();
    }

    /** Whether the code point is a letter or number of any script ({@code [\\p{L}\\p{N}]}): what words are made of. */
    static boolean isWordCharacter(int codePoint) {
        return (WORD_CHARACTER_TYPES >> Character.getType(codePoint) & 1) != 0;
    }

    private static final java.util.regex.Pattern SENTENCE_END = java.util.regex.Pattern.compile("[.!?;]+");

    /** The sentences of a message, split where a full stop, question mark, exclamation mark or semicolon stands. */
    public static String[] sentences(String text) {
        return SENTENCE_END.split(text);
    }

    /** Between sentences, each keeping the mark that ends it. */
    private static final java.util.regex.Pattern AFTER_SENTENCE_END = java.util.regex.Pattern.compile("(?<=[.!?;])\\s+");

    /**
     * The sentences of a message with the marks that end them, so that whether each asks (with a
     * question mark) or tells can still be read.
     */
    public static String[] markedSentences(String text) {
        return AFTER_SENTENCE_END.split(text);
    }

    /**
     * Whether {@code padded} holds {@code " " + word + " "}: the word whole, in a text with a space
     * at each end. The pipeline asks this of hundreds of phrases a message, so without making the
     * joined string.
     */
    public static boolean hasWord(String padded, String word) {
        return containsAfterSpace(padded, word, true);
    }

    /** Whether {@code padded} holds {@code " " + start}: a word that begins so. */
    public static boolean hasWordStart(String padded, String start) {
        return containsAfterSpace(padded, start, false);
    }

    private static boolean containsAfterSpace(String padded, String words, boolean spaceAfter) {
        if (words.isEmpty()) {
            return padded.contains(spaceAfter ? "  " : " ");
        }
        for (int at = padded.indexOf(words, 1); at >= 0; at = padded.indexOf(words, at + 1)) {
            int end = at + words.length();
            if (padded.charAt(at - 1) == ' ' && (!spaceAfter || (end < padded.length() && padded.charAt(end) == ' '))) {
                return true;
            }
        }
        return false;
    }

    /** Bulgarian in the Latin letters people type it in: "квартира" becomes "kvartira". */
    public static String bulgarianLatin(String text) {
        return BULGARIAN_LATIN.get().transliterate(clean(text));
    }

    public static boolean hasCyrillic(String text) {
        return text.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.CYRILLIC);
    }
}

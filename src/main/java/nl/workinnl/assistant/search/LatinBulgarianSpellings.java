package nl.workinnl.assistant.search;

import com.ibm.icu.text.Transliterator;

/**
 * People write Bulgarian in Latin letters in several ways: я as "ya", "ia", "q" or "a"; ч as "ch"
 * or "4"; ш as "sh" or "6"; щ as "sht" or "st"; ж as "zh" or "j"; ъ as "a", "u" or "y"; ю as "yu",
 * "iu" or "u". No ICU transform undoes that variety, so these ICU transliteration rules reduce both
 * the index (after BGN romanisation) and the question to one spelling. The passes run in order
 * ("::Null;" separates them), as the chat spellings build on each other; a digit stands for a letter
 * only next to letters ("4e" is "че", "46" stays a number).
 */
final class LatinBulgarianSpellings {

    static final String RULES = """
            sht > st ; zh > j ; ch > c ; sh > s ; ts > c ;
            [:L:] { 4 > c ; 4 } [:L:] > c ;
            [:L:] { 6 > s ; 6 } [:L:] > s ;
            w > v ; x > h ;
            ::Null ;
            yu > u ; iu > u ; ya > a ; ia > a ; q > a ;
            ::Null ;
            y > ; u > a ;
            """;

    private static final Transliterator REDUCE = Transliterator.createFromRules("bg-Latn-chat-reduce", RULES, Transliterator.FORWARD);

    private LatinBulgarianSpellings() {}

    static Transliterator transliterator() {
        return REDUCE;
    }

    /** One word reduced; a word the rules would empty ("y") stays as it was. */
    static String reduce(String word) {
        String reduced = REDUCE.transliterate(word);
        return reduced.isEmpty() ? word : reduced;
    }
}

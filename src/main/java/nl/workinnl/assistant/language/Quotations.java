package nl.workinnl.assistant.language;

import java.util.regex.Pattern;

/**
 * Text a message quotes: "Dostałem maila po holendersku: 'U staat ingeschreven als ...' O co w tym
 * chodzi?" pastes a Dutch letter into a Polish question, and the question's own words tell the
 * language to answer in. A straight single quote opens a quotation only after a space or a colon
 * and closes one only before a space or a sign, so that "z'n" and "don't" quote nothing.
 */
public final class Quotations {

    /** Shorter than this is a word or a title named, not a text pasted ("the 'RNI'"). */
    private static final int MIN_QUOTED = 12;

    private static final Pattern QUOTED = Pattern.compile(
            "\"[^\"]{" + MIN_QUOTED + ",}\"|„[^”“\"]{" + MIN_QUOTED + ",}[”“\"]|“[^”]{" + MIN_QUOTED + ",}”"
                    + "|«[^»]{" + MIN_QUOTED + ",}»|‘[^’]{" + MIN_QUOTED + ",}’"
                    + "|(?<![\\p{L}\\p{N}])'[^']{" + MIN_QUOTED + ",}'(?![\\p{L}\\p{N}])");

    private Quotations() {
    }

    /** The text with what it quotes left out (each quotation as a space). */
    public static String without(String text) {
        return QUOTED.matcher(text).replaceAll(" ");
    }
}

package nl.workinnl.assistant.staff;

import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.util.automaton.CharacterRunAutomaton;
import org.apache.lucene.util.automaton.LevenshteinAutomata;

/**
 * Mends one-letter typos in the status words of a staff question ("afgrond" for "afgerond",
 * "opoznoine", "delayd"): a word that no status word begins, but whose beginning is one edit from
 * one of them (a swap counting as one), is read as that word with the rest of it kept.
 * Only words of {@link #MIN_LENGTH} letters or more, where one edit rarely makes another word.
 * Lucene's Levenshtein automata do the comparing.
 */
final class TypoMender {

    static final int MIN_LENGTH = 7;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private record Known(String word, CharacterRunAutomaton oneEdit) {}

    private final List<Known> known;

    /** {@code words}: folded single words (several-word phrases and shorter words are left out: "ukończ" is one edit from "skończy"). */
    TypoMender(Collection<String> words) {
        this.known = words.stream().filter(w -> w.length() >= MIN_LENGTH && !w.contains(" ")).distinct()
                .map(w -> new Known(w, new CharacterRunAutomaton(new LevenshteinAutomata(w, true).toAutomaton(1)))).toList();
    }

    /** The folded text with each mended word in place of its typo. */
    String mend(String folded) {
        Matcher m = WORD.matcher(folded);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(mendWord(m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String mendWord(String token) {
        if (token.length() < MIN_LENGTH || known.stream().anyMatch(k -> token.startsWith(k.word()))) {
            return token;
        }
        // Each beginning of the token run through the automata in place, not copied out for each.
        char[] letters = token.toCharArray();
        for (Known k : known) {
            for (int length = k.word().length() - 1; length <= Math.min(token.length(), k.word().length() + 1); length++) {
                if (k.oneEdit().run(letters, 0, length)) {
                    return k.word() + token.substring(length);
                }
            }
        }
        return token;
    }
}

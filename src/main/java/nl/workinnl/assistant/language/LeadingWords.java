package nl.workinnl.assistant.language;

import java.util.List;
import java.util.Set;

/**
 * How many of a message's first words belong to a set: the words that only carry on ("and", "ok",
 * "a", "и") before what a follow-up or a staff question says. One loop for the readers that skip them.
 */
public final class LeadingWords {

    private LeadingWords() {
    }

    public static int count(List<String> tokens, Set<String> words) {
        int start = 0;
        while (start < tokens.size() && words.contains(tokens.get(start))) {
            start++;
        }
        return start;
    }
}

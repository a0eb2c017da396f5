package nl.workinnl.assistant.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Per field, its terms by their first letter: whether a word has any term one edit away with the
 * same first letter, the terms a {@code FuzzyQuery} of one edit and a prefix of one letter can
 * match. Most words a typo pass looks up have none, and telling so takes a few string comparisons,
 * where Lucene first builds the word's Levenshtein automata.
 */
final class OneEditNeighbours {

    private final Map<String, Map<Character, String[]>> byFirstLetter = new HashMap<>();

    /** @param termsByField every term of every field */
    OneEditNeighbours(Map<String, ? extends Set<String>> termsByField) {
        termsByField.forEach((field, terms) -> {
            Map<Character, List<String>> grouped = new HashMap<>();
            for (String term : terms) {
                if (!term.isEmpty()) {
                    grouped.computeIfAbsent(term.charAt(0), k -> new ArrayList<>()).add(term);
                }
            }
            Map<Character, String[]> buckets = new HashMap<>();
            grouped.forEach((letter, list) -> buckets.put(letter, list.toArray(String[]::new)));
            byFirstLetter.put(field, buckets);
        });
    }

    /**
     * False only when no term of the field begins with the word's first letter and is at most one
     * edit (an insertion, deletion or substitution) from it; true also where characters outside the
     * Basic Multilingual Plane make the count of edits by code point differ from that by character.
     */
    boolean mayHave(String field, String word) {
        if (word.isEmpty() || hasSurrogate(word)) {
            return true;
        }
        String[] candidates = byFirstLetter.getOrDefault(field, Map.of()).get(word.charAt(0));
        if (candidates == null) {
            return false;
        }
        for (String term : candidates) {
            if (Math.abs(term.length() - word.length()) <= 1 && (hasSurrogate(term) || withinOneEdit(word, term))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isSurrogate(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the two differ by at most one inserted, deleted or replaced character. */
    static boolean withinOneEdit(String a, String b) {
        int common = 0;
        int shorter = Math.min(a.length(), b.length());
        while (common < shorter && a.charAt(common) == b.charAt(common)) {
            common++;
        }
        if (a.length() == b.length()) {
            return common == a.length() || a.regionMatches(common + 1, b, common + 1, a.length() - common - 1);
        }
        if (a.length() == b.length() + 1) {
            return a.regionMatches(common + 1, b, common, b.length() - common);
        }
        if (b.length() == a.length() + 1) {
            return b.regionMatches(common + 1, a, common, a.length() - common);
        }
        return false;
    }
}

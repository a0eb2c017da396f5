package nl.workinnl.assistant.staff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The stems of each status or theme in their order, and the same grouped by first letter: a word
 * that cannot carry a negation prefix need only be tried against the stems that begin as it does,
 * not against every status's and theme's stems (a question's every word was tried against all).
 *
 * @param <K> what the stems name: a status, or a theme's id
 */
final class StemsByFirstLetter<K> {

    /** One stem and what it names. */
    record Stem<K>(K key, String stem) {}

    private final List<Stem<K>> all = new ArrayList<>();
    private final Map<Character, List<Stem<K>>> byFirstLetter = new HashMap<>();

    /** Empty stems are left out: no word is tried against them. */
    StemsByFirstLetter(Map<K, List<String>> stems) {
        stems.forEach((key, list) -> {
            for (String stem : list) {
                if (!stem.isEmpty()) {
                    Stem<K> s = new Stem<>(key, stem);
                    all.add(s);
                    byFirstLetter.computeIfAbsent(stem.charAt(0), c -> new ArrayList<>()).add(s);
                }
            }
        });
    }

    /** Every stem, in the order of the keys and of each key's stems. */
    List<Stem<K>> all() {
        return all;
    }

    /** The stems that begin with the letter, in the same order. */
    List<Stem<K>> beginningWith(char letter) {
        return byFirstLetter.getOrDefault(letter, List.of());
    }
}

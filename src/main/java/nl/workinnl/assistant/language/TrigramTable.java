package nl.workinnl.assistant.language;

import java.util.Map;

/**
 * The language detector's log probabilities by trigram, keyed by the trigram's three characters
 * packed into a long: a message's trigrams are looked up without a string made and hashed for each,
 * in one open-addressed table built once when the detector is trained.
 */
final class TrigramTable {

    private final long[] keys;
    private final double[][] values;
    private final int shift;

    /** @param grams every trigram (three characters) with its value, which is never null */
    TrigramTable(Map<String, double[]> grams) {
        int capacity = Integer.highestOneBit(Math.max(2, grams.size()) * 2) * 2;
        keys = new long[capacity];
        values = new double[capacity][];
        shift = 64 - Integer.numberOfTrailingZeros(capacity);
        grams.forEach((gram, value) -> {
            if (gram.length() != 3) {
                throw new IllegalArgumentException("not a trigram: " + gram);
            }
            long key = key(gram.charAt(0), gram.charAt(1), gram.charAt(2));
            int slot = slot(key);
            while (values[slot] != null) {
                slot = (slot + 1) & (keys.length - 1);
            }
            keys[slot] = key;
            values[slot] = value;
        });
    }

    static long key(char a, char b, char c) {
        return ((long) a << 32) | ((long) b << 16) | c;
    }

    /** The value of the trigram with this {@link #key}, or {@code unseen}. */
    double[] get(long key, double[] unseen) {
        for (int slot = slot(key); values[slot] != null; slot = (slot + 1) & (keys.length - 1)) {
            if (keys[slot] == key) {
                return values[slot];
            }
        }
        return unseen;
    }

    private int slot(long key) {
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> shift);
    }
}

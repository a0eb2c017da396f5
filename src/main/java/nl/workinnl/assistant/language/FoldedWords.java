package nl.workinnl.assistant.language;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The words of a text folded, each with where it stands in the text: for finding a phrase's words
 * in a row ("a doua problemă", "die gie die") and cutting or rewriting the text right there.
 */
public final class FoldedWords {

    private final List<String> words;
    private final int[] starts;
    private final int[] ends;

    private FoldedWords(List<String> words, int[] starts, int[] ends) {
        this.words = List.copyOf(words);
        this.starts = starts;
        this.ends = ends;
    }

    /** The runs of letters and numbers ({@code [\\p{L}\\p{N}]+}) of the text, each folded. */
    public static FoldedWords of(String text) {
        List<String> words = new ArrayList<>();
        int[] starts = new int[8];
        int[] ends = new int[8];
        // One pass over the code points, as a regular expression's matcher would make it, without one.
        int start = -1;
        for (int i = 0; i <= text.length(); ) {
            int cp = i < text.length() ? text.codePointAt(i) : -1;
            boolean inWord = cp >= 0 && TextNormalizer.isWordCharacter(cp);
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                if (words.size() == starts.length) {
                    starts = Arrays.copyOf(starts, starts.length * 2);
                    ends = Arrays.copyOf(ends, ends.length * 2);
                }
                starts[words.size()] = start;
                ends[words.size()] = i;
                words.add(TextNormalizer.fold(text.substring(start, i)));
                start = -1;
            }
            i += cp >= 0 ? Character.charCount(cp) : 1;
        }
        return new FoldedWords(words, Arrays.copyOf(starts, words.size()), Arrays.copyOf(ends, words.size()));
    }

    public List<String> words() {
        return words;
    }

    /** Where the {@code i}th word begins in the text. */
    public int start(int i) {
        return starts[i];
    }

    /** Where the {@code i}th word ends in the text. */
    public int end(int i) {
        return ends[i];
    }

    /** Whether the phrase's words stand in a row from word {@code start} on. */
    public boolean phraseAt(int start, String[] phrase) {
        return startsWith(words, start, phrase);
    }

    /** Folded phrases as their words, longest first (so that a longer phrase is met before one it begins with); blank ones left out. */
    public static List<String[]> phrases(List<String> folded) {
        return folded.stream().map(p -> TextNormalizer.words(p).split(" ")).filter(p -> p.length > 0 && !p[0].isEmpty())
                .sorted(java.util.Comparator.comparingInt((String[] p) -> p.length).reversed()).toList();
    }

    /** Whether {@code phrase}'s words stand in a row in {@code words} from {@code start} on. */
    public static boolean startsWith(List<String> words, int start, String[] phrase) {
        if (start + phrase.length > words.size()) {
            return false;
        }
        for (int i = 0; i < phrase.length; i++) {
            if (!words.get(start + i).equals(phrase[i])) {
                return false;
            }
        }
        return true;
    }
}

package nl.workinnl.assistant.language;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of a text folded, each with where it stands in the text: for finding a phrase's words
 * in a row ("a doua problemă", "die gie die") and cutting or rewriting the text right there.
 */
public final class FoldedWords {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private final List<String> words;
    private final int[] starts;
    private final int[] ends;

    private FoldedWords(List<String> words, int[] starts, int[] ends) {
        this.words = List.copyOf(words);
        this.starts = starts;
        this.ends = ends;
    }

    public static FoldedWords of(String text) {
        List<String> words = new ArrayList<>();
        List<int[]> spans = new ArrayList<>();
        Matcher tokens = WORD.matcher(text);
        while (tokens.find()) {
            words.add(TextNormalizer.fold(tokens.group()));
            spans.add(new int[] {tokens.start(), tokens.end()});
        }
        return new FoldedWords(words, spans.stream().mapToInt(s -> s[0]).toArray(), spans.stream().mapToInt(s -> s[1]).toArray());
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

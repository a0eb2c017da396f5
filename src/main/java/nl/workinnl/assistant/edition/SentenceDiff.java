package nl.workinnl.assistant.edition;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The sentences an official text lost and gained, so that an editor sees what changed without reading both. */
record SentenceDiff(List<String> removed, List<String> added) {

    static SentenceDiff between(String before, String after) {
        List<String> a = sentences(before);
        List<String> b = sentences(after);
        int[][] common = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                common[i][j] = a.get(i).equals(b.get(j)) ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<String> removed = new ArrayList<>();
        List<String> added = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                i++;
                j++;
            } else if (j < b.size() && (i == a.size() || common[i][j + 1] >= common[i + 1][j])) {
                added.add(b.get(j++));
            } else {
                removed.add(a.get(i++));
            }
        }
        return new SentenceDiff(List.copyOf(removed), List.copyOf(added));
    }

    static List<String> sentences(String text) {
        return Arrays.stream(text.split("\\n+|(?<=[.!?;])\\s+(?=\\S)"))
                .map(s -> s.strip().replaceFirst("^- ", ""))
                .filter(s -> !s.isEmpty())
                .toList();
    }
}

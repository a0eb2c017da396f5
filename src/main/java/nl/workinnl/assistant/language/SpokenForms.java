package nl.workinnl.assistant.language;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Abbreviations as speech recognition writes them when a message is dictated ("die gie die" for
 * DigiD, "are and eye" for RNI): read as the written abbreviation, so that the search meets the
 * word the measures use. The forms of every language are read in every message: a worker dictating
 * in Polish says the Dutch letters, and the forms are too unusual to meet a word by chance.
 */
public final class SpokenForms {

    /** A spoken form as its folded words, and the abbreviation it stands for. */
    private record Form(String[] words, String written) {}

    /** Longest first, so that "die gie die" is met before a shorter form it begins with. */
    private final List<Form> forms;
    private final Set<String> firstWords = new HashSet<>();

    /** {@code spokenForms}: per abbreviation, per language code, the ways it is written when dictated. */
    public SpokenForms(Map<String, Map<String, List<String>>> spokenForms) {
        List<Form> all = new ArrayList<>();
        spokenForms.forEach((written, byLanguage) -> {
            for (Language l : Language.values()) {
                for (String[] words : FoldedWords.phrases(Vocabulary.folded(byLanguage, l))) {
                    all.add(new Form(words, written));
                    firstWords.add(words[0]);
                }
            }
        });
        all.sort(Comparator.comparingInt((Form f) -> f.words().length).reversed());
        this.forms = List.copyOf(all);
    }

    /** The message with each spoken form written as its abbreviation; the message itself when it has none. */
    public Question written(Question question) {
        if (java.util.Arrays.stream(question.words().split(" ")).noneMatch(firstWords::contains)) {
            return question;
        }
        String clean = question.clean();
        FoldedWords words = FoldedWords.of(clean);
        StringBuilder out = new StringBuilder();
        int copied = 0;
        for (int at = 0; at < words.words().size(); at++) {
            for (Form form : forms) {
                if (words.phraseAt(at, form.words())) {
                    out.append(clean, copied, words.start(at)).append(form.written());
                    copied = words.end(at + form.words().length - 1);
                    at += form.words().length - 1;
                    break;
                }
            }
        }
        if (copied == 0) {
            return question;
        }
        return Question.of(out.append(clean.substring(copied)).toString());
    }
}

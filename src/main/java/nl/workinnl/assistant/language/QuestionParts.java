package nl.workinnl.assistant.language;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The questions one message asks: "Mag mijn werkgever de huur van mijn loon afhouden, en hoeveel
 * vakantiegeld krijg ik?" asks two, and the measures may answer one of them only. A message is cut
 * after each sentence that ends with a question mark (what it tells before a question belongs to
 * that question, what follows the last one to the last), and inside a sentence where a phrase of
 * {@code secondQuestions} begins another question ("en hoeveel", "i ile", "și cum").
 */
public final class QuestionParts {

    /** A part this short ("En?", "Two things:") asks nothing of its own; it stays with its neighbour. */
    private static final int MIN_WORDS = 3;

    /** Per language, each phrase that begins a second question as its folded words. */
    private final Map<Language, List<String[]>> openers = new EnumMap<>(Language.class);

    /** {@code secondQuestions}: per language code, the phrases that begin a second question inside a sentence. */
    public QuestionParts(Map<String, List<String>> secondQuestions) {
        for (Language l : Language.values()) {
            openers.put(l, Vocabulary.folded(secondQuestions, l).stream()
                    .map(p -> TextNormalizer.words(p).split(" ")).filter(p -> p.length > 0 && !p[0].isEmpty()).toList());
        }
    }

    /** The questions of the message in their order; one (the message itself) when it asks one. */
    public List<Question> of(Question question, Language language) {
        List<String> parts = new ArrayList<>();
        StringBuilder pending = new StringBuilder();
        for (String sentence : TextNormalizer.markedSentences(question.clean())) {
            List<String> clauses = clauses(sentence, language);
            for (int i = 0; i < clauses.size(); i++) {
                append(pending, clauses.get(i));
                // A clause that another question follows in the same sentence is a question of its own.
                if (clauses.get(i).trim().endsWith("?") || i < clauses.size() - 1) {
                    parts.add(pending.toString());
                    pending.setLength(0);
                }
            }
        }
        if (!pending.isEmpty()) {
            if (parts.isEmpty()) {
                parts.add(pending.toString());
            } else {
                parts.set(parts.size() - 1, parts.getLast() + " " + pending);
            }
        }
        List<String> joined = joinShort(parts);
        return joined.size() < 2 ? List.of(question) : joined.stream().map(Question::of).toList();
    }

    /** Parts of too few words join the next part (the last joins the one before). */
    private static List<String> joinShort(List<String> parts) {
        List<String> joined = new ArrayList<>();
        String carried = "";
        for (String part : parts) {
            String whole = (carried + " " + part).trim();
            if (TextNormalizer.words(whole).split(" ").length < MIN_WORDS) {
                carried = whole;
            } else {
                joined.add(whole);
                carried = "";
            }
        }
        if (!carried.isEmpty()) {
            if (joined.isEmpty()) {
                joined.add(carried);
            } else {
                joined.set(joined.size() - 1, joined.getLast() + " " + carried);
            }
        }
        return joined;
    }

    private static void append(StringBuilder pending, String text) {
        if (!pending.isEmpty()) {
            pending.append(' ');
        }
        pending.append(text.trim());
    }

    /** The sentence cut before each phrase that begins another question; the sentence itself when none does. */
    private List<String> clauses(String sentence, Language language) {
        FoldedWords words = FoldedWords.of(sentence);
        List<String> clauses = new ArrayList<>();
        int from = 0;
        // Not at the first word: a sentence that opens so is one question.
        for (int i = 1; i < words.words().size(); i++) {
            for (String[] opener : openers.get(language)) {
                if (words.phraseAt(i, opener)) {
                    clauses.add(sentence.substring(from, words.start(i)));
                    from = words.start(i);
                    break;
                }
            }
        }
        clauses.add(sentence.substring(from));
        return clauses;
    }
}

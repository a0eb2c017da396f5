package nl.workinnl.assistant.dialogue;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.workinnl.assistant.language.Language;
import nl.workinnl.assistant.language.Question;
import nl.workinnl.assistant.language.Vocabulary;
import nl.workinnl.assistant.language.Vocabulary.Aspect;

/**
 * Reads how a message continues the conversation, from the words in
 * {@code translations/understanding.yaml}: a request to say it in another language, a pointer into
 * the last list ("the second one"), and what a short question about the measure just discussed asks
 * ("and when does that change?"). It only reads the words; whether the message really continues the
 * conversation, rather than starting a new subject, the {@code Assistant} decides with the search.
 */
public final class FollowUps {

    private static final java.util.regex.Pattern NUMBER =
            java.util.regex.Pattern.compile(" (?:nr |no |number |nummer |numer |numarul |numărul |номер )?([1-9]) ");

    /** Follow-ups are short; a longer message names its own subject. */
    public static final int SHORT = 10;

    private final Map<Language, Words> words = new EnumMap<>(Language.class);
    private final Map<Language, List<String>> languageNames;

    private record Words(List<String> backReferences, Map<Aspect, List<String>> aspects, List<List<String>> ordinals) {}

    public FollowUps(Vocabulary vocabulary) {
        for (Language l : Language.values()) {
            words.put(l, new Words(separated(Vocabulary.folded(vocabulary.backReferences(), l)), vocabulary.aspectWords(l),
                    vocabulary.ordinalForms(l)));
        }
        this.languageNames = vocabulary.languageNameWords();
    }

    /** "Can you say that in Polish?", "po polsku?", "на английски": the language asked for. */
    public Optional<Language> languageRequest(Question question, Language language) {
        String padded = padded(question);
        int words = wordCount(padded);
        if (words > 2 * SHORT || (words > SHORT && !pointsBack(question, language))) {
            return Optional.empty();
        }
        Language found = null;
        // A bare name ("Pools", "nederlands paspoort") asks only in a very short message; in a
        // longer one only a phrase does ("in het Pools", "po polsku", "на английски").
        boolean bareNames = words <= 4;
        for (var e : languageNames.entrySet()) {
            if (e.getValue().stream().anyMatch(w -> (bareNames || w.contains(" ")) && padded.contains(" " + w))) {
                if (found != null && found != e.getKey()) {
                    return Optional.empty();
                }
                found = e.getKey();
            }
        }
        return Optional.ofNullable(found);
    }

    /** "the second one", "nummer 2", "drugi": the position (from 1) in the last list, for a short message. */
    public Optional<Integer> ordinal(Question question, Language language) {
        String padded = padded(question);
        if (wordCount(padded) > SHORT) {
            return Optional.empty();
        }
        List<List<String>> ordinals = words.get(language).ordinals();
        for (int i = 0; i < ordinals.size(); i++) {
            if (ordinals.get(i).stream().anyMatch(form -> padded.contains(" " + form))) {
                return Optional.of(i + 1);
            }
        }
        var number = NUMBER.matcher(padded);
        if (wordCount(padded) <= 3 && number.find()) {
            return Optional.of(Integer.parseInt(number.group(1)));
        }
        return Optional.empty();
    }

    /** What a message asks about the measure just discussed, if it asks any of the aspects. */
    public Optional<Aspect> aspect(Question question, Language language) {
        String padded = padded(question);
        for (var e : words.get(language).aspects().entrySet()) {
            if (e.getValue().stream().anyMatch(w -> padded.contains(" " + w))) {
                return Optional.of(e.getKey());
            }
        }
        return Optional.empty();
    }

    /** Whether the message points back ("that", "these", "z nich") with a whole word. */
    public boolean pointsBack(Question question, Language language) {
        String padded = padded(question);
        return words.get(language).backReferences().stream().anyMatch(w -> padded.contains(" " + w + " "));
    }

    public boolean isShort(Question question) {
        return wordCount(padded(question)) <= SHORT;
    }

    private static String padded(Question question) {
        return " " + String.join(" ", question.folded().split("[^\\p{L}\\p{N}]+")).trim() + " ";
    }

    private static int wordCount(String padded) {
        return padded.isBlank() ? 0 : padded.trim().split(" ").length;
    }

    private static List<String> separated(List<String> folded) {
        return folded.stream().map(w -> String.join(" ", w.split("[^\\p{L}\\p{N}]+")).trim()).distinct().toList();
    }
}

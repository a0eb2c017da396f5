package nl.workinnl.assistant.language;

import jakarta.validation.constraints.NotEmpty;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.workinnl.assistant.corpus.DataFileReader;
import nl.workinnl.assistant.corpus.DataProblem;
import nl.workinnl.assistant.corpus.InvalidDataException;
import nl.workinnl.assistant.corpus.Status;

/**
 * The words that tell what kind of message the assistant got, per language, from
 * {@code translations/understanding.yaml}. All words are kept folded (lower case, no diacritics).
 */
public record Vocabulary(
        @NotEmpty Map<String, List<String>> greetings,
        @NotEmpty Map<String, List<String>> thanks,
        @NotEmpty Map<String, List<String>> help,
        @NotEmpty Map<String, List<String>> listCues,
        @NotEmpty Map<String, List<String>> countCues,
        @NotEmpty Map<String, List<String>> statusOfCues,
        @NotEmpty Map<String, List<String>> measureWords,
        @NotEmpty Map<String, List<String>> allWords,
        @NotEmpty Map<String, List<String>> excludeWords,
        @NotEmpty Map<Status, Map<String, List<String>>> statuses,
        @NotEmpty Map<String, Map<String, List<String>>> themes,
        @NotEmpty Map<String, List<String>> fillerWords) {

    /** Reads {@code understanding.yaml} from the translations; a mistake stops the start-up, naming file and field. */
    public static Vocabulary read(DataFileReader translations) {
        List<DataProblem> problems = new ArrayList<>();
        return translations.readOne("understanding.yaml", Vocabulary.class, problems)
                .orElseThrow(() -> new InvalidDataException(problems)).value();
    }

    /** The words of one group in one language, folded; Bulgarian also in Latin letters. */
    public static List<String> folded(Map<String, List<String>> group, Language language) {
        List<String> words = new ArrayList<>();
        for (String word : group.getOrDefault(language.code(), List.of())) {
            words.add(TextNormalizer.fold(word));
            if (language == Language.BG && TextNormalizer.hasCyrillic(word)) {
                words.add(TextNormalizer.bulgarianLatin(word));
            }
        }
        return words.stream().distinct().toList();
    }

    /** The words of one group in all languages. */
    public static Map<Language, List<String>> foldedByLanguage(Map<String, List<String>> group) {
        Map<Language, List<String>> result = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            result.put(language, folded(group, language));
        }
        return result;
    }

    /** Words of a question that say nothing about its topic, folded; Bulgarian also in Latin letters. */
    public List<String> fillerWords(Language language) {
        return folded(fillerWords, language);
    }

    public Map<Status, Map<Language, List<String>>> statusWords() {
        Map<Status, Map<Language, List<String>>> result = new EnumMap<>(Status.class);
        statuses.forEach((status, group) -> result.put(status, foldedByLanguage(group)));
        return result;
    }

    public Map<String, Map<Language, List<String>>> themeWords() {
        Map<String, Map<Language, List<String>>> result = new LinkedHashMap<>();
        themes.forEach((theme, group) -> result.put(theme, foldedByLanguage(group)));
        return result;
    }
}

package nl.workinnl.assistant.search;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.workinnl.assistant.corpus.DataFileReader;
import nl.workinnl.assistant.corpus.DataProblem;
import nl.workinnl.assistant.corpus.InvalidDataException;
import nl.workinnl.assistant.language.Language;

/**
 * Subjects the measures do not cover (benefits, taxes, passports...), from
 * {@code translations/not-covered.yaml}: indexed beside the measures, so that a question about one of
 * them finds the subject rather than a measure that merely shares a word with it.
 *
 * @param everydayWords per language, everyday words whose stem a subject's word shares ("allowed" and
 *                      "allowance" are both "allow"): where they meet, the subject's word counts only as written
 */
public record NotCoveredSubjects(@NotEmpty Map<String, @Valid Subject> subjects, Map<String, List<String>> everydayWords) {

    public NotCoveredSubjects {
        everydayWords = everydayWords == null ? Map.of() : Map.copyOf(everydayWords);
    }

    public List<String> everydayWords(Language language) {
        return everydayWords.getOrDefault(language.code(), List.of());
    }

    /** Every subject's words and the everyday words, by language: for telling a short message's language. */
    public Map<Language, List<String>> wordsByLanguage() {
        Map<Language, List<String>> words = new java.util.EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            List<String> all = new ArrayList<>(everydayWords(language));
            subjects.values().forEach(subject -> all.addAll(subject.words(language)));
            words.put(language, all);
        }
        return words;
    }

    /** @param touches measures that touch the subject, offered as suggestions */
    public record Subject(List<String> touches, @NotEmpty Map<String, List<String>> words) {

        public Subject {
            touches = touches == null ? List.of() : List.copyOf(touches);
        }

        public List<String> words(Language language) {
            return words.getOrDefault(language.code(), List.of());
        }
    }

    public static final String FILE = "not-covered.yaml";

    /** Reads the file; a mistake (an unknown measure id or language code) stops the start-up, naming file and key. */
    public static NotCoveredSubjects read(DataFileReader translations, Set<String> measureIds) {
        List<DataProblem> problems = new ArrayList<>();
        NotCoveredSubjects subjects = translations.readOne(FILE, NotCoveredSubjects.class, problems)
                .orElseThrow(() -> new InvalidDataException(problems)).value();
        String file = translations.displayName(FILE);
        subjects.subjects().forEach((id, subject) -> {
            for (int i = 0; i < subject.touches().size(); i++) {
                if (!measureIds.contains(subject.touches().get(i))) {
                    problems.add(new DataProblem(file, "subjects." + id + ".touches[" + i + "]",
                            "'" + subject.touches().get(i) + "' is not a measure id"));
                }
            }
            subject.words().keySet().stream()
                    .filter(code -> Language.fromCode(code).filter(l -> l.code().equals(code)).isEmpty())
                    .forEach(code -> problems.add(new DataProblem(file, "subjects." + id + ".words." + code,
                            "not a language code; use one of " + Language.codes())));
        });
        subjects.everydayWords().keySet().stream()
                .filter(code -> Language.fromCode(code).filter(l -> l.code().equals(code)).isEmpty())
                .forEach(code -> problems.add(new DataProblem(file, "everydayWords." + code,
                        "not a language code; use one of " + Language.codes())));
        if (!problems.isEmpty()) {
            throw new InvalidDataException(problems);
        }
        return subjects;
    }
}

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
        @NotEmpty Map<String, Matching> matching,
        @NotEmpty Map<String, List<String>> listCues,
        @NotEmpty Map<String, List<String>> anythingCues,
        @NotEmpty Map<String, List<String>> personalWords,
        @NotEmpty Map<String, List<String>> countCues,
        @NotEmpty Map<String, List<String>> statusOfCues,
        @NotEmpty Map<String, List<String>> measureWords,
        @NotEmpty Map<String, List<String>> numberWords,
        @NotEmpty Map<String, List<String>> allWords,
        @NotEmpty Map<String, List<String>> excludeWords,
        @NotEmpty Map<String, List<String>> includeWords,
        @NotEmpty Map<String, List<String>> removeWords,
        @NotEmpty Map<String, List<String>> negation,
        @NotEmpty Map<String, List<String>> negationGap,
        @NotEmpty Map<String, List<String>> negationPrefixes,
        @NotEmpty Map<String, List<String>> conjunctions,
        @NotEmpty Map<Status, Map<String, List<String>>> statuses,
        @NotEmpty Map<Status, Map<String, List<String>>> statusOpposites,
        @NotEmpty List<Status> statusQualifiers,
        @NotEmpty Map<String, Map<String, List<String>>> themes,
        @NotEmpty Map<String, List<String>> notThemeOrStatusWords,
        @NotEmpty Map<String, List<String>> fillerWords,
        @NotEmpty Map<String, List<String>> backgroundWords,
        @NotEmpty Map<String, List<String>> backReferences,
        @NotEmpty Map<String, List<String>> continuations,
        @NotEmpty Map<String, List<String>> refineCues,
        @NotEmpty Map<String, List<String>> thisThemeCues,
        @NotEmpty Map<Aspect, Map<String, List<String>>> aspects,
        @NotEmpty Map<EditionCue, Map<String, List<String>>> editionQuestions,
        @NotEmpty Map<ThemeRank, Map<String, List<String>>> themeRanking,
        @NotEmpty Map<String, List<String>> ordinals,
        @NotEmpty Map<String, List<String>> lastWords,
        @NotEmpty Map<String, List<String>> middleWords,
        @NotEmpty Map<String, Map<String, List<String>>> languageNames,
        @NotEmpty Map<String, List<String>> languageRequestWords,
        @NotEmpty Map<String, List<String>> factRequests,
        @NotEmpty Map<String, List<String>> amountRequests,
        @NotEmpty Map<String, List<String>> smallTalkExtras,
        @NotEmpty Map<String, List<String>> themeCues,
        @NotEmpty Map<String, List<String>> requestRecipients,
        @NotEmpty Map<String, List<String>> singularMeasureWords,
        @NotEmpty Map<String, List<String>> returnCues,
        @NotEmpty Map<String, List<String>> newSubjectCues,
        @NotEmpty Map<String, List<String>> appliesTooCues,
        @NotEmpty Map<String, List<String>> correctionCues,
        @NotEmpty Map<String, List<String>> conditionals,
        @NotEmpty Map<String, List<String>> doubtCues,
        @NotEmpty Map<String, List<String>> questionWords,
        @NotEmpty Map<String, List<String>> secondQuestions,
        @NotEmpty Map<String, List<String>> severalQuestions,
        @NotEmpty Map<String, List<String>> questionJoins,
        @NotEmpty Map<String, List<String>> otherPartCues,
        @NotEmpty Map<String, List<String>> descriptionCues,
        @NotEmpty Map<String, List<String>> restCues,
        @NotEmpty Map<String, List<String>> otherCounts,
        @NotEmpty Map<String, List<String>> startCues,
        @NotEmpty Map<String, List<String>> eachWords,
        @NotEmpty Map<String, List<String>> kindWords,
        @NotEmpty Map<String, List<String>> dateCues,
        @NotEmpty Map<String, List<String>> sameStatusCues,
        @NotEmpty Map<String, List<String>> monthForms,
        @NotEmpty Map<String, List<String>> datePrepositions,
        @NotEmpty Map<String, Map<String, List<String>>> spokenForms,
        @NotEmpty Map<String, List<String>> excludeAround) {

    /**
     * What a follow-up about the measure just discussed asks: when it changes, whether it is done,
     * who carries it out, what it means for the reader, where to report it, where to get help, the
     * same said shorter and simpler, or simply more.
     */
    public enum Aspect { WHEN, DONE, REPORT, HELP, WHO, FOR_ME, SIMPLER, MORE }

    /**
     * The words of questions answered from the recorded editions: since when a measure has its status,
     * what changed since the last edition, and (with a status) which measures got it this year; and
     * the words for an edition, which make a change question one about the editions.
     */
    public enum EditionCue { SINCE_WHEN, CHANGES, EDITION, THIS_YEAR }

    /**
     * "Which theme has the most delayed measures?", "the smallest theme"; "has work more measures than
     * housing?" (MORE, beside a word of THAN).
     */
    public enum ThemeRank { MOST, FEWEST, MORE, THAN }

    /**
     * How the words of a group meet the message: whole words, word beginnings, anywhere, or spread:
     * the words in their order as word beginnings, with up to {@link #SPREAD_GAP} other words between
     * them ("ile teraz wynosi" for "ile wynosi", "what is the actual minimum hourly wage").
     */
    public enum Matching {
        WORD, PREFIX, WITHIN, SPREAD;

        public static final int SPREAD_GAP = 2;

        /** {@code padded}: the folded message with single spaces and a space at each end. */
        public boolean matches(String padded, String words) {
            if (words.isBlank()) {
                return false;
            }
            return switch (this) {
                case WORD -> TextNormalizer.hasWord(padded, words);
                case PREFIX -> TextNormalizer.hasWordStart(padded, words);
                case WITHIN -> padded.contains(words);
                case SPREAD -> spread(padded.trim().split(" "), words.trim().split(" "));
            };
        }

        /** Whether any of the phrases matches; the message is split into words once for all of them. */
        public boolean matchesAny(String padded, List<String> phrases) {
            if (this != SPREAD) {
                for (String phrase : phrases) {
                    if (matches(padded, phrase)) {
                        return true;
                    }
                }
                return false;
            }
            String[] message = padded.trim().split(" ");
            for (String phrase : phrases) {
                // Most phrases' first word begins no word of the message: those need not be split.
                if (!phrase.isBlank() && firstWordBeginsAWord(message, phrase) && spread(message, phrase.trim().split(" "))) {
                    return true;
                }
            }
            return false;
        }

        /** Whether a word of the message begins with the first word of the (not blank) phrase, as {@code trim().split(" ")} cuts it. */
        private static boolean firstWordBeginsAWord(String[] message, String phrase) {
            int end = phrase.length();
            while (end > 0 && phrase.charAt(end - 1) <= ' ') {
                end--;
            }
            int from = 0;
            while (from < end && phrase.charAt(from) <= ' ') {
                from++;
            }
            int space = phrase.indexOf(' ', from);
            int length = (space < 0 ? end : Math.min(space, end)) - from;
            for (String word : message) {
                if (word.length() >= length && word.regionMatches(0, phrase, from, length)) {
                    return true;
                }
            }
            return false;
        }

        private static boolean spread(String[] message, String[] phrase) {
            for (int start = 0; start < message.length; start++) {
                if (message[start].startsWith(phrase[0]) && rest(message, start + 1, phrase, 1)) {
                    return true;
                }
            }
            return false;
        }

        private static boolean rest(String[] message, int from, String[] phrase, int next) {
            if (next == phrase.length) {
                return true;
            }
            for (int i = from; i < message.length && i <= from + SPREAD_GAP; i++) {
                if (message[i].startsWith(phrase[next]) && rest(message, i + 1, phrase, next + 1)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The groups whose matching rule {@code matching} must give. */
    public static final java.util.Set<String> MATCHED_GROUPS = java.util.Set.of("listCues", "countCues", "measureWords", "allWords", "amountRequests", "themeCues");

    public Matching matching(String group) {
        return matching.get(group);
    }

    /** The month names beyond ICU's of a language, each month with its forms, folded, January first ("lipcu" is July); empty when none. */
    public List<List<String>> monthFormsOf(Language language) {
        List<List<String>> result = new ArrayList<>();
        for (String entry : monthForms.getOrDefault(language.code(), List.of())) {
            result.add(folded(Map.of(language.code(), List.of(entry.split("\\|"))), language));
        }
        return result;
    }

    /** The ordinals of a language, each position with its forms, folded: "primul|prima" is the first. */
    public List<List<String>> ordinalForms(Language language) {
        List<List<String>> result = new ArrayList<>();
        for (String entry : ordinals.getOrDefault(language.code(), List.of())) {
            result.add(folded(Map.of(language.code(), List.of(entry.split("\\|"))), language));
        }
        return result;
    }

    /**
     * The keys that must name something: language codes, theme ids of the corpus. A typo is a
     * problem naming the file and the key, so that the start-up stops on it.
     */
    public List<DataProblem> problems(java.util.Set<String> themeIds, String file) {
        List<DataProblem> problems = new ArrayList<>();
        java.util.function.BiConsumer<String, Map<String, ?>> languages = (field, group) -> group.keySet().stream()
                .filter(code -> Language.fromCode(code).filter(l -> l.code().equals(code)).isEmpty())
                .forEach(code -> problems.add(new DataProblem(file, field + "." + code, "not a language code; use one of " + Language.codes())));
        for (var field : java.util.List.of(
                Map.entry("greetings", greetings), Map.entry("thanks", thanks), Map.entry("help", help),
                Map.entry("listCues", listCues), Map.entry("anythingCues", anythingCues), Map.entry("personalWords", personalWords), Map.entry("countCues", countCues), Map.entry("statusOfCues", statusOfCues),
                Map.entry("measureWords", measureWords), Map.entry("numberWords", numberWords), Map.entry("allWords", allWords), Map.entry("excludeWords", excludeWords), Map.entry("includeWords", includeWords), Map.entry("removeWords", removeWords),
                Map.entry("negation", negation), Map.entry("negationGap", negationGap), Map.entry("negationPrefixes", negationPrefixes), Map.entry("conjunctions", conjunctions), Map.entry("notThemeOrStatusWords", notThemeOrStatusWords),
                Map.entry("fillerWords", fillerWords), Map.entry("backgroundWords", backgroundWords), Map.entry("backReferences", backReferences), Map.entry("continuations", continuations), Map.entry("refineCues", refineCues), Map.entry("thisThemeCues", thisThemeCues),
                Map.entry("ordinals", ordinals), Map.entry("lastWords", lastWords), Map.entry("middleWords", middleWords), Map.entry("factRequests", factRequests), Map.entry("languageRequestWords", languageRequestWords), Map.entry("amountRequests", amountRequests), Map.entry("smallTalkExtras", smallTalkExtras), Map.entry("themeCues", themeCues), Map.entry("requestRecipients", requestRecipients), Map.entry("singularMeasureWords", singularMeasureWords), Map.entry("returnCues", returnCues), Map.entry("newSubjectCues", newSubjectCues), Map.entry("appliesTooCues", appliesTooCues), Map.entry("correctionCues", correctionCues), Map.entry("conditionals", conditionals), Map.entry("doubtCues", doubtCues), Map.entry("questionWords", questionWords), Map.entry("secondQuestions", secondQuestions), Map.entry("severalQuestions", severalQuestions), Map.entry("questionJoins", questionJoins), Map.entry("otherPartCues", otherPartCues), Map.entry("descriptionCues", descriptionCues), Map.entry("restCues", restCues), Map.entry("otherCounts", otherCounts), Map.entry("startCues", startCues), Map.entry("eachWords", eachWords), Map.entry("kindWords", kindWords), Map.entry("dateCues", dateCues), Map.entry("sameStatusCues", sameStatusCues), Map.entry("monthForms", monthForms), Map.entry("datePrepositions", datePrepositions), Map.entry("excludeAround", excludeAround))) {
            languages.accept(field.getKey(), field.getValue());
        }
        // Read token by token: a phrase of several words would never match.
        for (var field : java.util.List.of(Map.entry("anythingCues", anythingCues), Map.entry("personalWords", personalWords),
                Map.entry("notThemeOrStatusWords", notThemeOrStatusWords))) {
            field.getValue().forEach((code, words) -> words.stream().filter(w -> w.trim().contains(" ")).forEach(w ->
                    problems.add(new DataProblem(file, field.getKey() + "." + code, "'" + w + "': one word each"))));
        }
        monthForms.forEach((code, months) -> {
            if (months.size() != 12) {
                problems.add(new DataProblem(file, "monthForms." + code, "has " + months.size() + " entries; write the forms of each month, January first (12)"));
            }
        });
        excludeAround.forEach((code, pairs) -> pairs.stream().filter(pair -> !pair.matches("\\S+ \\.\\.\\. \\S+")).forEach(pair ->
                problems.add(new DataProblem(file, "excludeAround." + code, "'" + pair + "': write the opening word, ' ... ' and the closing word"))));
        MATCHED_GROUPS.stream().filter(g -> !matching.containsKey(g)).sorted()
                .forEach(g -> problems.add(new DataProblem(file, "matching." + g, "missing: say word, prefix or within")));
        matching.keySet().stream().filter(g -> !MATCHED_GROUPS.contains(g)).sorted()
                .forEach(g -> problems.add(new DataProblem(file, "matching." + g, "not a group with a matching rule; those are " + new java.util.TreeSet<>(MATCHED_GROUPS))));
        statuses.forEach((status, group) -> languages.accept("statuses." + status, group));
        statusOpposites.forEach((status, group) -> languages.accept("statusOpposites." + status, group));
        aspects.forEach((aspect, group) -> languages.accept("aspects." + aspect, group));
        editionQuestions.forEach((cue, group) -> languages.accept("editionQuestions." + cue, group));
        themeRanking.forEach((rank, group) -> languages.accept("themeRanking." + rank, group));
        java.util.Arrays.stream(ThemeRank.values()).filter(rank -> !themeRanking.containsKey(rank))
                .forEach(rank -> problems.add(new DataProblem(file, "themeRanking." + rank, "missing: its words in each language")));
        java.util.Arrays.stream(EditionCue.values()).filter(cue -> !editionQuestions.containsKey(cue))
                .forEach(cue -> problems.add(new DataProblem(file, "editionQuestions." + cue, "missing: the words of this question in each language")));
        spokenForms.forEach((written, group) -> languages.accept("spokenForms." + written, group));
        themes.forEach((theme, group) -> {
            if (!themeIds.contains(theme)) {
                problems.add(new DataProblem(file, "themes." + theme, "not a theme of the corpus; themes are " + new java.util.TreeSet<>(themeIds)));
            }
            languages.accept("themes." + theme, group);
        });
        languageNames.forEach((target, group) -> {
            if (Language.fromCode(target).filter(l -> l.code().equals(target)).isEmpty()) {
                problems.add(new DataProblem(file, "languageNames." + target, "not a language code; use one of " + Language.codes()));
            }
            languages.accept("languageNames." + target, group);
        });
        return problems;
    }

    /** Reads {@code understanding.yaml} from the translations; a mistake stops the start-up, naming file and field. */
    public static Vocabulary read(DataFileReader translations, nl.workinnl.assistant.corpus.Corpus corpus) {
        List<DataProblem> problems = new ArrayList<>();
        Vocabulary vocabulary = translations.readOne("understanding.yaml", Vocabulary.class, problems)
                .orElseThrow(() -> new InvalidDataException(problems)).value();
        problems.addAll(vocabulary.problems(corpus.themes().stream().map(nl.workinnl.assistant.corpus.Theme::id)
                .collect(java.util.stream.Collectors.toSet()), translations.displayName("understanding.yaml")));
        if (!problems.isEmpty()) {
            throw new InvalidDataException(problems);
        }
        return vocabulary;
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

    /**
     * The whole words of each language that this file holds (greetings, cues, filler; not the groups of
     * word beginnings, such as statuses, themes and question words), for telling a short message's
     * language.
     */
    public Map<Language, List<String>> wholeWordsByLanguage() {
        List<Map<String, List<String>>> groups = List.of(greetings, thanks, help, listCues, anythingCues, personalWords,
                countCues, fillerWords, continuations, conjunctions, negation, excludeWords, includeWords, removeWords,
                backReferences, refineCues, lastWords, middleWords, ordinals, languageRequestWords, factRequests, amountRequests,
                smallTalkExtras, returnCues, newSubjectCues, appliesTooCues, correctionCues, conditionals, doubtCues);
        Map<Language, List<String>> words = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            words.put(language, groups.stream().flatMap(g -> g.getOrDefault(language.code(), List.of()).stream()).toList());
        }
        return words;
    }

    /** Words of a question that say nothing about its topic, folded; Bulgarian also in Latin letters. */
    public List<String> fillerWords(Language language) {
        return folded(fillerWords, language);
    }

    /**
     * Words that tell where the asker comes from or lives (home countries, the Netherlands), as
     * written: the search weighs them little, because nearly every migrant's question may name them
     * while only a few questions are about them.
     */
    public List<String> backgroundWords(Language language) {
        return backgroundWords.getOrDefault(language.code(), List.of());
    }

    public Map<Status, Map<Language, List<String>>> statusWords() {
        Map<Status, Map<Language, List<String>>> result = new EnumMap<>(Status.class);
        statuses.forEach((status, group) -> result.put(status, foldedByLanguage(group)));
        return result;
    }

    /** Per aspect, its words in one language, folded. */
    public Map<Aspect, List<String>> aspectWords(Language language) {
        Map<Aspect, List<String>> result = new EnumMap<>(Aspect.class);
        aspects.forEach((aspect, group) -> result.put(aspect, folded(group, language)));
        return result;
    }

    /** The words that name each language, in any language ("po polsku", "in het Pools", "на полски"), folded. */
    public Map<Language, List<String>> languageNameWords() {
        Map<Language, List<String>> result = new EnumMap<>(Language.class);
        languageNames.forEach((target, group) -> {
            List<String> words = new ArrayList<>();
            for (Language l : Language.values()) {
                words.addAll(folded(group, l));
            }
            result.put(Language.fromCode(target).orElseThrow(), words.stream().distinct().toList());
        });
        return result;
    }

    public Map<Status, Map<Language, List<String>>> statusOppositeWords() {
        Map<Status, Map<Language, List<String>>> result = new EnumMap<>(Status.class);
        statusOpposites.forEach((status, group) -> result.put(status, foldedByLanguage(group)));
        return result;
    }

    public Map<String, Map<Language, List<String>>> themeWords() {
        Map<String, Map<Language, List<String>>> result = new LinkedHashMap<>();
        themes.forEach((theme, group) -> result.put(theme, foldedByLanguage(group)));
        return result;
    }
}

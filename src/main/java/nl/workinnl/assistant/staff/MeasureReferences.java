package nl.workinnl.assistant.staff;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.workinnl.assistant.corpus.Corpus;
import nl.workinnl.assistant.corpus.Measure;
import nl.workinnl.assistant.corpus.Theme;
import nl.workinnl.assistant.language.Language;
import nl.workinnl.assistant.language.Question;
import nl.workinnl.assistant.language.TextNormalizer;
import nl.workinnl.assistant.language.Vocabulary;
import nl.workinnl.assistant.translation.Translations;

/**
 * Exact references to measures, which win over any search: an id ("werk-4", "registratie 2b"),
 * a theme and number ("maatregel 4 van werk", "measure 7 of the housing theme", "мярка 6 от темата
 * за регистрацията"), or a measure's whole title in the question's language or in Dutch. A
 * reference to a number with parts ("registratie 2") names all of them, for the user to choose.
 */
public final class MeasureReferences {

    private static final int THEME_REACH = 6;
    private static final int MIN_TITLE_LENGTH = 12;
    private static final double TITLE_SHARE = 0.4;
    private static final Pattern NUMBER = Pattern.compile("\\d{1,2}[a-c]?");
    /** At most this many words, a theme's name and a number are a reference however written ("housing 7?"). */
    private static final int BARE_REFERENCE_WORDS = 3;
    private static final Pattern RANGE_OR_LIST = Pattern.compile("[-–,/]\\s*\\d");
    /** What may follow a number that ends its sentence: an end mark, a closing quote or bracket. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.?!'\"’”“»)]");

    private final Corpus corpus;
    private final Pattern idPattern;
    /** Written with a space ("Werk 4"): an id only when capitalised or said to be a measure, not "ik werk 4 dagen". */
    private final Pattern spacedIdPattern;
    private final Pattern anyCaseSpacedIdPattern;
    private final Map<Language, List<String>> measureWords = new EnumMap<>(Language.class);
    /** Words that may stand between "measure" and its number ("maatregel nr 3"), in any language. */
    private final Set<String> numberWords = new java.util.HashSet<>();
    private final Map<Language, Map<String, List<String>>> themeWords = new EnumMap<>(Language.class);
    private final Map<Language, List<Title>> titles = new EnumMap<>(Language.class);
    private final Set<String> anyContinuation = new java.util.HashSet<>();
    private final Set<String> anyMeasureWord = new java.util.HashSet<>();
    /** Per language, a theme's name and a number with nothing between ("Rejestracja 2a", "Housing 7"). */
    private final Map<Language, Pattern> themeNameNumber = new EnumMap<>(Language.class);
    private final Map<Language, Map<String, String>> themeByNameStem = new EnumMap<>(Language.class);
    /** Another part joined to a reference: "vs 2c", "en 2b", ", 2a". */
    private final Pattern joinedPart;

    public MeasureReferences(Vocabulary vocabulary, Translations translations) {
        this.corpus = translations.corpus();
        String themes = String.join("|", corpus.themes().stream().map(Theme::id).toList());
        this.idPattern = Pattern.compile("(?iu)(?<![\\p{L}\\d])(" + themes + ")[-_]?(\\d{1,2}[a-c]?)(?![\\p{L}\\d])");
        this.spacedIdPattern = Pattern.compile("(?u)(?<![\\p{L}\\d])(" + capitalised(themes) + ") (\\d{1,2}[a-c]?)(?![\\p{L}\\d])");
        this.anyCaseSpacedIdPattern = Pattern.compile(spacedIdPattern.pattern(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        Set<String> joins = new java.util.TreeSet<>(java.util.Comparator.comparingInt(String::length).reversed().thenComparing(s -> s));
        for (Language l : Language.values()) {
            joins.addAll(Vocabulary.folded(vocabulary.conjunctions(), l));
            // The text read here keeps its diacritics: "2a și 2c" as well as "2a si 2c".
            joins.addAll(vocabulary.conjunctions().getOrDefault(l.code(), List.of()));
        }
        this.joinedPart = Pattern.compile("(?iu)\\s*(?:[,/&]|(?:" + String.join("|", joins.stream().map(Pattern::quote).toList())
                + ")\\.?)\\s*(\\d{1,2})([a-cабв])(?![\\p{L}\\d])");
        Map<String, Map<Language, List<String>>> extra = vocabulary.themeWords();
        for (Language l : Language.values()) {
            measureWords.put(l, Vocabulary.folded(vocabulary.measureWords(), l));
            anyContinuation.addAll(Vocabulary.folded(vocabulary.continuations(), l));
            anyMeasureWord.addAll(Vocabulary.folded(vocabulary.measureWords(), l));
            numberWords.addAll(Vocabulary.folded(vocabulary.numberWords(), l));
            Map<String, List<String>> byTheme = new LinkedHashMap<>();
            for (Theme t : corpus.themes()) {
                List<String> w = new ArrayList<>(extra.getOrDefault(t.id(), Map.of()).getOrDefault(l, List.of()));
                w.add(t.id());
                w.addAll(List.of(words(translations.theme(t, l).name()).split(" ")).stream().filter(s -> s.length() > 3).toList());
                byTheme.put(t.id(), w);
            }
            themeWords.put(l, byTheme);
            themeNames(translations, byTheme, l);
            Map<String, String> byTitle = new LinkedHashMap<>();
            for (Measure m : corpus.measures()) {
                for (Language titleLanguage : List.of(l, Language.NL)) {
                    String title = words(translations.measure(m, titleLanguage).title());
                    if (title.length() >= MIN_TITLE_LENGTH && title.contains(" ")) {
                        byTitle.putIfAbsent(title, m.id());
                    }
                }
            }
            titles.put(l, byTitle.entrySet().stream().map(e -> Title.of(e.getKey(), e.getValue())).toList());
        }
    }

    /**
     * The stems that name a theme as its title does (of the theme words, those that begin a word of
     * the theme's name in the language or in Dutch, and the name's own words), for a reference made
     * of the name and a number alone: "Rejestracja 2a", "Регистрация 2б", "Housing 7".
     */
    private void themeNames(Translations translations, Map<String, List<String>> byTheme, Language l) {
        Map<String, String> stems = new LinkedHashMap<>();
        for (Theme t : corpus.themes()) {
            List<String> nameWords = new ArrayList<>();
            for (Language nameLanguage : List.of(l, Language.NL)) {
                for (String word : translations.theme(t, nameLanguage).name().toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+")) {
                    if (word.length() > 3) {
                        nameWords.add(word);
                    }
                }
            }
            for (String word : nameWords) {
                stems.putIfAbsent(word, t.id());
                String folded = words(word);
                for (String stem : byTheme.get(t.id())) {
                    if (!stem.contains(" ") && stem.length() > 3 && folded.startsWith(stem)) {
                        stems.putIfAbsent(stem, t.id());
                    }
                }
            }
        }
        List<String> longestFirst = stems.keySet().stream().sorted(java.util.Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote).toList();
        themeByNameStem.put(l, stems);
        themeNameNumber.put(l, Pattern.compile("(?iu)(?<![\\p{L}\\d])(" + String.join("|", longestFirst)
                + ")\\p{L}*\\s*(?:nr\\.?|no\\.?|№|#)?\\s*(\\d{1,2})([a-cабв])?(?![\\p{L}\\d])"));
    }

    /**
     * "Rejestracja 2a", "Housing 7' is delayed", "Registration 2a vs 2c": a theme's name and a number.
     * The number must be one of a measure's and either carry its part's letter, end the sentence or
     * follow a name capitalised inside a sentence; "housing 3 people" and "ik werk 4 dagen" name no
     * measure.
     */
    private void themeNameAndNumber(String clean, Language language, Found found) {
        Matcher m = themeNameNumber.get(language).matcher(clean);
        if (!m.find()) {
            return;
        }
        // Read once the name is met, not for every message with a digit.
        boolean bare = clean.trim().split("\\s+").length <= BARE_REFERENCE_WORDS;
        boolean shouting = mostlyUpperCase(clean);
        do {
            boolean lettered = m.group(3) != null;
            String after = clean.substring(m.end()).stripLeading();
            // "5-6 days", "4, soms 5": a range or a list of numbers is a count.
            if (!lettered && RANGE_OR_LIST.matcher(after).lookingAt()) {
                continue;
            }
            // A capital where a sentence begins, or in a message in capitals, says nothing: "Work 6 days
            // a week, is that legal?", "MY AGENCY MAKES ME WORK 6 DAYS".
            String before = clean.substring(0, m.start()).stripTrailing();
            boolean sentenceStart = before.isEmpty() || ".!?:\n".indexOf(before.charAt(before.length() - 1)) >= 0;
            String word = clean.substring(m.start(1), m.end(1));
            boolean titled = word.length() > 1 && Character.isUpperCase(word.charAt(0)) && Character.isLowerCase(word.charAt(1));
            boolean capitalised = titled && !sentenceStart && !shouting;
            boolean endsSentence = after.isEmpty() || SENTENCE_END.matcher(after).lookingAt();
            // Without its part's letter, only a capitalised name inside a sentence, or a bare message
            // ("Housing 7?"), is a reference: "I work 6." after "how many hours can I work?" is not.
            if (!lettered && !capitalised && !(bare && endsSentence)) {
                continue;
            }
            String theme = themeOf(m.group(1), language);
            String number = m.group(2) + (lettered ? partLetter(m.group(3)) : "");
            if (theme != null) {
                found.add(measures(theme, number));
                Matcher joined = joinedPart.matcher(clean).region(m.end(), clean.length());
                while (joined.lookingAt()) {
                    found.add(measures(theme, joined.group(1) + partLetter(joined.group(2))));
                    joined.region(joined.end(), clean.length());
                }
            }
        } while (m.find());
    }

    /** Whether most letters of the text are capitals: a message typed in capitals capitalises nothing. */
    private static boolean mostlyUpperCase(String text) {
        int letters = 0;
        int upper = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                upper += Character.isUpperCase(c) ? 1 : 0;
            }
        }
        return letters > 0 && upper * 2 > letters;
    }

    private String themeOf(String nameStem, Language language) {
        String lower = nameStem.toLowerCase(java.util.Locale.ROOT);
        for (var e : themeByNameStem.get(language).entrySet()) {
            if (e.getKey().equalsIgnoreCase(lower) || words(e.getKey()).equals(words(lower))) {
                return e.getValue();
            }
        }
        return null;
    }

    /** A part's letter as the ids write it: Bulgarian а, б, в are a, b, c. */
    private static String partLetter(String letter) {
        return switch (letter.toLowerCase(java.util.Locale.ROOT)) {
            case "а" -> "a";
            case "б" -> "b";
            case "в" -> "c";
            default -> letter.toLowerCase(java.util.Locale.ROOT);
        };
    }

    /** A measure's title as words, with a space at each end to find it whole in a padded question. */
    private record Title(String padded, int words, String measureId) {

        static Title of(String title, String measureId) {
            return new Title(" " + title + " ", title.split(" ").length, measureId);
        }
    }

    /**
     * Every id has a number, and the id patterns try a match at every position of the text: a
     * text without a digit ({@code \\d} is ASCII here) needs no scan.
     */
    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    private static String capitalised(String alternatives) {
        StringBuilder out = new StringBuilder();
        for (String id : alternatives.split("\\|")) {
            out.append(out.isEmpty() ? "" : "|").append(Character.toUpperCase(id.charAt(0))).append(id.substring(1));
        }
        return out.toString();
    }

    /**
     * The text without the ids it names ("werk-4", "Registratie 2"): Dutch ids say nothing about the
     * language the user writes in.
     */
    public String withoutIds(String text) {
        if (!hasDigit(text)) {
            return text.trim();
        }
        boolean bare = text.trim().split("\\s+").length <= 3;
        Pattern spaced = bare ? anyCaseSpacedIdPattern : spacedIdPattern;
        return spaced.matcher(idPattern.matcher(text).replaceAll(" ")).replaceAll(" ").trim();
    }

    /** The measures the question names exactly, in the order named; empty when it names none. */
    public List<String> find(Question question, Language language) {
        return named(question, language).ids();
    }

    /**
     * The measures the question names exactly, and whether each reference named one measure ("werk-4
     * en werk-5", "Registration 2a vs 2c") rather than a number with parts ("registratie 2").
     */
    public Named named(Question question, Language language) {
        return references(question, language).named();
    }

    /** What a question names: the measures in the order named. */
    public record Named(List<String> ids, boolean eachAlone) {

        public boolean isEmpty() {
            return ids.isEmpty();
        }
    }

    /** The measures named so far, and whether a reference named more than one (a number with parts). */
    private static final class Found {
        private final Set<String> ids = new LinkedHashSet<>();
        private boolean parts;

        void add(List<String> measures) {
            ids.addAll(measures);
            parts |= measures.size() > 1;
        }

        boolean isEmpty() {
            return ids.isEmpty();
        }

        Named named() {
            return new Named(List.copyOf(ids), !parts);
        }
    }

    private Found references(Question question, Language language) {
        Found found = new Found();
        String folded = question.padded();
        boolean mayNameId = hasDigit(question.clean());
        if (mayNameId) {
            ids(idPattern.matcher(question.clean()), found);
        }
        boolean saysMeasure = measureWords.get(language).stream().anyMatch(folded::contains)
                || measureWords.get(Language.NL).stream().anyMatch(folded::contains);
        // "registratie 2" alone is a reference; inside a Dutch sentence only "Werk 4" or "maatregel werk
        // 4" is ("ik werk 4 dagen" is not). In another language the Dutch theme word is no verb of its
        // own: "what about werk 4?", "a co z registratie 2?".
        boolean bare = folded.trim().split(" ").length <= 3;
        boolean anyCase = saysMeasure || bare || language != Language.NL;
        if (mayNameId) {
            ids((anyCase ? anyCaseSpacedIdPattern : spacedIdPattern).matcher(question.clean()), found);
        }
        if (found.isEmpty() && saysMeasure) {
            themeAndNumber(folded.trim().split(" "), language, found);
        }
        if (found.isEmpty() && mayNameId) {
            themeNameAndNumber(question.clean(), language, found);
        }
        if (found.isEmpty()) {
            // A title names the measure when it is most of the message ("Toegang tot DigiD?"); inside a
            // longer question it is a law or plan the question is about, which the search weighs.
            int words = folded.trim().split(" ").length;
            for (Title title : titles.get(language)) {
                if (title.words() >= words * TITLE_SHARE && folded.contains(title.padded())) {
                    found.add(List.of(title.measureId()));
                }
            }
        }
        return found;
    }

    /**
     * "En 2a?", "and measure 3?" right after an answer about a measure of {@code theme}: the number
     * of another measure of the same theme. A bare number needs the word for measure ("en 2?" may
     * mean the second suggestion); a number with its letter ("2a") does not.
     */
    public List<String> inTheme(Question question, String theme) {
        // So short a message may be in any language whatever the conversation's: words of all count.
        String folded = question.padded();
        boolean saysMeasure = anyMeasureWord.stream().anyMatch(folded::contains);
        List<String> rest = java.util.Arrays.stream(folded.trim().split(" "))
                .filter(w -> !w.isEmpty() && !anyContinuation.contains(w) && !numberWords.contains(w)
                        && anyMeasureWord.stream().noneMatch(w::startsWith))
                .toList();
        if (rest.size() != 1 || !NUMBER.matcher(rest.getFirst()).matches()) {
            return List.of();
        }
        String number = rest.getFirst();
        boolean withLetter = Character.isLetter(number.charAt(number.length() - 1));
        return withLetter || saysMeasure ? measures(theme, number) : List.of();
    }

    private void ids(Matcher m, Found found) {
        while (m.find()) {
            found.add(measures(m.group(1).toLowerCase(java.util.Locale.ROOT), m.group(2).toLowerCase(java.util.Locale.ROOT)));
        }
    }

    /**
     * "maatregel 3 van het thema huisvesting", "measure number 7 of housing": a number right after
     * the word for measure (a word such as "nr" may stand between), with a theme word near it. A
     * number elsewhere ("a measure about rent for 2 people") is no reference.
     */
    private void themeAndNumber(String[] tokens, Language language, Found found) {
        for (int i = 0; i < tokens.length; i++) {
            if (!NUMBER.matcher(tokens[i]).matches() || !afterMeasureWord(tokens, i, language)) {
                continue;
            }
            String theme = null;
            int nearest = Integer.MAX_VALUE;
            for (int j = Math.max(0, i - THEME_REACH); j < Math.min(tokens.length, i + THEME_REACH + 1); j++) {
                for (var e : themeWords.get(language).entrySet()) {
                    for (String stem : e.getValue()) {
                        if (!stem.isBlank() && !stem.contains(" ") && tokens[j].startsWith(stem) && Math.abs(j - i) < nearest) {
                            theme = e.getKey();
                            nearest = Math.abs(j - i);
                        }
                    }
                }
            }
            if (theme != null) {
                found.add(measures(theme, tokens[i]));
            }
        }
    }

    private boolean afterMeasureWord(String[] tokens, int number, Language language) {
        for (int j = number - 1; j >= Math.max(0, number - 2); j--) {
            String word = tokens[j];
            boolean measure = measureWords.get(language).stream().anyMatch(word::contains)
                    || measureWords.get(Language.NL).stream().anyMatch(word::contains);
            if (measure) {
                return true;
            }
            if (!numberWords.contains(word)) {
                return false;
            }
        }
        return false;
    }

    /** The measure with that theme and number; "2" with parts 2a, 2b and 2c names all three. */
    private List<String> measures(String theme, String number) {
        List<String> result = new ArrayList<>();
        for (Measure m : corpus.measures()) {
            if (m.theme().equals(theme) && (m.number().equals(number) || (m.number().matches(Pattern.quote(number) + "[a-c]")))) {
                result.add(m.id());
            }
        }
        return result;
    }

    private static String words(String text) {
        return TextNormalizer.words(TextNormalizer.fold(text));
    }
}

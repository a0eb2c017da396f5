package nl.workinnl.assistant.staff;

import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.util.ULocale;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import nl.workinnl.assistant.language.Language;
import nl.workinnl.assistant.language.TextNormalizer;
import nl.workinnl.assistant.language.Vocabulary;

/**
 * The dates in a question ("in 2026", "op 1 januari 2027", "1 stycznia 2027", "w lipcu 2026",
 * "January 1, 2027") and in the labels of the measures' key facts ("1 januari 2027", "voorjaar 2026",
 * "2026 t/m 2028"). Month names come from ICU's calendar data for each language (the form inside a
 * date, "stycznia", and the form on its own, "styczeń"), with the forms understanding.yaml adds
 * (monthForms), folded as the question is.
 */
final class DatesInText {

    private static final Pattern YEAR = Pattern.compile("20\\d\\d");
    private static final Pattern NUMBER = Pattern.compile("\\d+");
    /** A day of the month as people write it: "1", "1st", "1e", "1ste". */
    private static final Pattern DAY = Pattern.compile("(\\d{1,2})(st|nd|rd|th|e|ste|de)?");
    /**
     * What a hyphen leaves of an ordinal ending after the day: "1-go stycznia", "1-ви март". Part of
     * how numbers are written, not vocabulary a editor would change.
     */
    private static final Set<String> SPLIT_DAY_ENDINGS = Set.of("go", "ego", "ви", "ри", "ти", "ми", "vi", "ri", "ti", "mi");
    /** What may stand between a day and its month: "the 1st of January". */
    private static final Set<String> BETWEEN_DAY_AND_MONTH = Set.of("of", "de");
    /** The words of a label's range, "2026 t/m 2028", "2021 tot en met 2023". */
    private static final Set<String> RANGE_WORDS = Set.of("t", "m", "tot", "en", "met");

    private final Map<Language, Map<String, Integer>> months = new EnumMap<>(Language.class);
    private final Map<Language, Set<String>> prepositions = new EnumMap<>(Language.class);

    /** ICU's month names only, with no word needed before them: for the overview's own Dutch labels. */
    static DatesInText forLabels() {
        return new DatesInText(null);
    }

    /** For questions: ICU's month names, the forms and the prepositions of understanding.yaml. */
    DatesInText(Vocabulary vocabulary) {
        for (Language language : Language.values()) {
            Map<String, Integer> names = new HashMap<>();
            DateFormatSymbols symbols = DateFormatSymbols.getInstance(new ULocale(language.code()));
            for (int context : new int[] {DateFormatSymbols.FORMAT, DateFormatSymbols.STANDALONE}) {
                String[] wide = symbols.getMonths(context, DateFormatSymbols.WIDE);
                for (int i = 0; i < 12; i++) {
                    add(names, TextNormalizer.fold(wide[i]), i + 1, language);
                }
            }
            if (vocabulary != null) {
                List<List<String>> forms = vocabulary.monthFormsOf(language);
                for (int i = 0; i < forms.size(); i++) {
                    for (String form : forms.get(i)) {
                        add(names, form, i + 1, language);
                    }
                }
                prepositions.put(language, Set.copyOf(Vocabulary.folded(vocabulary.datePrepositions(), language)));
            }
            months.put(language, Map.copyOf(names));
        }
    }

    private static void add(Map<String, Integer> names, String folded, int month, Language language) {
        names.put(folded, month);
        if (language == Language.BG) {
            names.put(TextNormalizer.bulgarianLatin(folded), month);
        }
    }

    /**
     * The year a question's words name, with its month and day when they stand right before it.
     * Empty when it names none, or more than one year ("2026-2027", "between 2026 and 2028"), or a
     * date in numbers ("01-01-2027"): such a question is not read as one period rather than guessed.
     */
    Optional<Period> in(String words, Language language) {
        if (!words.contains("20")) {
            // Asked of every message: most name no year, and need not be split.
            return Optional.empty();
        }
        String[] tokens = words.trim().split(" ");
        int at = -1;
        for (int i = 0; i < tokens.length; i++) {
            if (YEAR.matcher(tokens[i]).matches()) {
                if (at >= 0 && !tokens[i].equals(tokens[at])) {
                    return Optional.empty();
                }
                at = at < 0 ? i : at;
            }
        }
        if (at < 0 || (at + 1 < tokens.length && NUMBER.matcher(tokens[at + 1]).matches())) {
            return Optional.empty();
        }
        int year = Integer.parseInt(tokens[at]);
        Map<String, Integer> names = months.get(language);
        // "1 januari 2027", "the 1st of January 2027", "1-go stycznia 2027", "w lipcu 2026"
        if (at >= 1 && names.containsKey(tokens[at - 1])) {
            int month = names.get(tokens[at - 1]);
            int day = dayBefore(tokens, at - 2);
            if (day > 0 || at - 1 == 0 || prepositions.getOrDefault(language, Set.of()).contains(tokens[at - 2])) {
                return Optional.of(period(year, month, day));
            }
            return Optional.of(new Period(year, 0, 0));
        }
        // "January 1, 2027"
        if (at >= 2 && names.containsKey(tokens[at - 2]) && day(tokens[at - 1]) > 0) {
            return Optional.of(period(year, names.get(tokens[at - 2]), day(tokens[at - 1])));
        }
        if (at >= 1 && NUMBER.matcher(tokens[at - 1]).matches()) {
            // "01 01 2027", "15.7.2026": a date in numbers.
            return Optional.empty();
        }
        return Optional.of(new Period(year, 0, 0));
    }

    /** The words without numbers and month names: "wat is er gepland voor 1 juli 2026" is "wat is er gepland voor". */
    String withoutDates(String words, Language language) {
        Map<String, Integer> names = months.get(language);
        return String.join(" ", java.util.Arrays.stream(words.trim().split(" "))
                .filter(token -> !DAY.matcher(token).matches() && !YEAR.matcher(token).matches() && !names.containsKey(token)).toList());
    }

    /** The day standing before a month name that ends at {@code at}, skipping "of" and a hyphen's ending; 0 when none. */
    private static int dayBefore(String[] tokens, int at) {
        if (at >= 0 && BETWEEN_DAY_AND_MONTH.contains(tokens[at])) {
            at--;
        }
        if (at >= 1 && SPLIT_DAY_ENDINGS.contains(tokens[at])) {
            at--;
        }
        return at >= 0 ? day(tokens[at]) : 0;
    }

    /** The month and day, or the month alone where that day does not exist in it ("31 February"). */
    private static Period period(int year, int month, int day) {
        return new Period(year, month, Period.exists(year, month, day) ? day : 0);
    }

    /**
     * The date a Dutch key fact's label names, before its colon ("1 januari 2027: ..."); empty for a
     * label without a year ("15 april", "€ 12,4 miljoen", "vier maanden"). Two years joined by
     * "t/m" or "tot en met" are a range.
     */
    Optional<Period.FactDate> ofLabel(String keyFact) {
        int colon = keyFact.indexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        String[] tokens = TextNormalizer.words(TextNormalizer.fold(keyFact.substring(0, colon))).split(" ");
        Map<String, Integer> names = months.get(Language.NL);
        for (int i = 0; i < tokens.length; i++) {
            if (!YEAR.matcher(tokens[i]).matches()) {
                continue;
            }
            int from = Integer.parseInt(tokens[i]);
            int to = from;
            int next = i + 1;
            while (next < tokens.length && RANGE_WORDS.contains(tokens[next])) {
                next++;
            }
            if (next > i + 1 && next < tokens.length && YEAR.matcher(tokens[next]).matches()) {
                to = Integer.parseInt(tokens[next]);
            }
            int month = i >= 1 ? names.getOrDefault(tokens[i - 1], 0) : 0;
            int day = month > 0 && i >= 2 ? day(tokens[i - 2]) : 0;
            return Optional.of(new Period.FactDate(from, Math.max(from, to), month, Period.exists(from, month, day) ? day : 0));
        }
        return Optional.empty();
    }

    private static int day(String token) {
        var m = DAY.matcher(token);
        if (!m.matches()) {
            return 0;
        }
        int day = Integer.parseInt(m.group(1));
        return day >= 1 && day <= 31 ? day : 0;
    }
}

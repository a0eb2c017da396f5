package nl.workinnl.assistant.staff;

import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.util.ULocale;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.workinnl.assistant.language.Language;
import nl.workinnl.assistant.language.TextNormalizer;

/**
 * The dates in a question ("in 2026", "op 1 januari 2027", "1 stycznia 2027", "January 1, 2027") and
 * in the labels of the measures' key facts ("1 januari 2027", "voorjaar 2026", "2026 t/m 2028").
 * Month names come from ICU's calendar data for each language (both the form inside a date,
 * "stycznia", and the form on its own, "styczeń"), folded as the question is.
 */
final class DatesInText {

    private static final Pattern YEAR = Pattern.compile("20\\d\\d");
    /** A day of the month as people write it: "1", "1st", "1e", "1ste" ("1-go" is split into "1 go"). */
    private static final Pattern DAY = Pattern.compile("(\\d{1,2})(st|nd|rd|th|e|ste|de|ea|ви|ри|ти|ми)?");
    /** What may stand between a day and its month: "the 1st of January". */
    private static final List<String> BETWEEN_DAY_AND_MONTH = List.of("of", "de");
    /** The words of a label's range, "2026 t/m 2028", "2021 tot en met 2023". */
    private static final List<String> RANGE_WORDS = List.of("t", "m", "tot", "en", "met");

    private final Map<Language, Map<String, Integer>> months = new EnumMap<>(Language.class);

    DatesInText() {
        for (Language language : Language.values()) {
            Map<String, Integer> names = new HashMap<>();
            DateFormatSymbols symbols = DateFormatSymbols.getInstance(new ULocale(language.code()));
            for (int context : new int[] {DateFormatSymbols.FORMAT, DateFormatSymbols.STANDALONE}) {
                String[] wide = symbols.getMonths(context, DateFormatSymbols.WIDE);
                for (int i = 0; i < 12; i++) {
                    String folded = TextNormalizer.fold(wide[i]);
                    names.put(folded, i + 1);
                    if (language == Language.BG) {
                        names.put(TextNormalizer.bulgarianLatin(folded), i + 1);
                    }
                }
            }
            months.put(language, Map.copyOf(names));
        }
    }

    /** The first year a question's words name, with its month and day when they stand right before it. */
    Optional<Period> in(String words, Language language) {
        if (!words.contains("20")) {
            // Asked of every message: most name no year, and need not be split.
            return Optional.empty();
        }
        String[] tokens = words.trim().split(" ");
        for (int i = 0; i < tokens.length; i++) {
            if (!YEAR.matcher(tokens[i]).matches()) {
                continue;
            }
            int year = Integer.parseInt(tokens[i]);
            Map<String, Integer> names = months.get(language);
            // "1 januari 2027", "the 1st of January 2027"
            if (i >= 1 && names.containsKey(tokens[i - 1])) {
                int month = names.get(tokens[i - 1]);
                int at = i - 2;
                if (at >= 0 && BETWEEN_DAY_AND_MONTH.contains(tokens[at])) {
                    at--;
                }
                return Optional.of(new Period(year, month, at >= 0 ? day(tokens[at]) : 0));
            }
            // "January 1, 2027"
            if (i >= 2 && names.containsKey(tokens[i - 2]) && day(tokens[i - 1]) > 0) {
                return Optional.of(new Period(year, names.get(tokens[i - 2]), day(tokens[i - 1])));
            }
            return Optional.of(new Period(year, 0, 0));
        }
        return Optional.empty();
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
            return Optional.of(new Period.FactDate(from, Math.max(from, to), month, day));
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

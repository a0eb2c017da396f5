package nl.workinnl.assistant.testing;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A status date ("2025-11") as a reader expects it in a language ("listopad 2025", "November 2025"),
 * for tests that take the date from the data instead of writing it down. Worked out with the JDK's
 * calendar data, not the ICU formatter the service uses, so that a wrong month form (a Polish
 * genitive, a Dutch capital) is still caught. Bulgarian adds "г." after the year, which this leaves
 * out: compare with contains.
 */
public final class Months {

    private Months() {}

    public static String inWords(String languageCode, String yearMonth) {
        return YearMonth.parse(yearMonth).format(DateTimeFormatter.ofPattern("LLLL y", Locale.forLanguageTag(languageCode)));
    }
}

package nl.workinnl.assistant.staff;

/**
 * A time a staff question names: a year, or a month of it, or a day ("2026", "January 2027", "1
 * January 2027"). {@code month} and {@code day} are 0 when not named.
 */
public record Period(int year, int month, int day) {

    public Period {
        if (!exists(year, month, day)) {
            throw new IllegalArgumentException("not a period: " + year + "-" + month + "-" + day);
        }
    }

    /** Whether such a year, month (0: none) and day (0: none) is a time at all: no 31 February, no day without a month. */
    static boolean exists(int year, int month, int day) {
        if (month < 0 || month > 12 || day < 0 || (day > 0 && month == 0)) {
            return false;
        }
        return day == 0 || java.time.YearMonth.of(year, month).isValidDay(day);
    }

    /** How precisely the question named it, for saying it back the same way. */
    public enum Precision { YEAR, MONTH, DAY }

    public Precision precision() {
        return day > 0 ? Precision.DAY : month > 0 ? Precision.MONTH : Precision.YEAR;
    }

    /**
     * Whether a date the overview gives names this period: one of its years (of a range, "2026 t/m
     * 2028", the first or the last) is this year, and the month and day agree where this period
     * names them. A date without a month ("voorjaar 2026") is in the year, not in any month of it.
     * A year inside a range is not named: "what starts or ends in 2027?" is not asked of a shelter
     * that runs from 2026 to 2028, and the overview says nothing of that year for it.
     */
    boolean holds(FactDate date) {
        return (date.fromYear() == year || date.toYear() == year) && (month == 0 || date.month() == month)
                && (day == 0 || date.day() == day);
    }

    /** A date a key fact of a measure names: its years (one, or a range), its month and day when it names them (else 0). */
    record FactDate(int fromYear, int toYear, int month, int day) {}
}

package nl.workinnl.assistant.declined;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.workinnl.assistant.language.Language;

/** What the editors' page shows for a filter: the questions, their groups, and counts per language, theme and week. */
public record DeclinedReport(List<DeclinedQuestion> questions, List<QuestionGroups.Group> groups,
                             Map<String, Long> perLanguage, Map<String, Long> perTheme, Map<String, Long> perWeek) {

    /** Which questions: asked in the last {@code days}, optionally of one language, reason and theme. */
    public record Filter(int days, Optional<Language> language, Optional<DeclineReason> reason, Optional<String> theme) {

        public boolean keeps(DeclinedQuestion q) {
            return language.map(l -> l == q.language()).orElse(true)
                    && reason.map(r -> r == q.reason()).orElse(true)
                    && theme.map(t -> t.equals(q.theme())).orElse(true);
        }

        public LocalDate from(LocalDate today) {
            return today.minusDays(Math.max(0, days - 1));
        }
    }

    public static DeclinedReport of(List<DeclinedQuestion> questions, QuestionGroups grouping) {
        return new DeclinedReport(questions, grouping.group(questions), count(questions, q -> q.language().code()),
                count(questions, q -> q.theme() == null ? "-" : q.theme()), count(questions, DeclinedReport::week));
    }

    /** "2026-W49": ISO weeks, as Dutch calendars count them. */
    static String week(DeclinedQuestion q) {
        LocalDate d = q.askedOn();
        return String.format("%d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    private static Map<String, Long> count(List<DeclinedQuestion> questions, Function<DeclinedQuestion, String> key) {
        return questions.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.counting()));
    }
}

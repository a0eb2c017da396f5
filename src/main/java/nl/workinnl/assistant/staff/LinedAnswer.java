package nl.workinnl.assistant.staff;

import java.util.List;
import java.util.Optional;
import nl.workinnl.assistant.translation.LocalizedMeasure;

/**
 * A lead sentence and a line about each measure it names ("Delayed → Completed", "1 januari 2027:
 * beoogde invoeringsdatum ..."), or what to say when there are none: the answers about editions and
 * about dates, which channels lay out as measures with a line each.
 */
public record LinedAnswer(String lead, List<Line> lines, Optional<String> none) {

    public LinedAnswer {
        lines = List.copyOf(lines);
    }

    /** A measure in such an answer, with the line said about it. */
    public record Line(LocalizedMeasure measure, String text) {}
}

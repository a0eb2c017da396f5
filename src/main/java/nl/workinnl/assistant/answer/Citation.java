package nl.workinnl.assistant.answer;

import nl.workinnl.assistant.corpus.MeasureLinks;
import nl.workinnl.assistant.corpus.Status;
import nl.workinnl.assistant.translation.LocalizedMeasure;

/** A measure an answer rests on, with its status and the date of that status. */
public record Citation(String id, String title, String theme, Status status, String statusLabel, String statusDate, String url) {

    public static Citation of(LocalizedMeasure m) {
        return new Citation(m.id(), m.title(), m.theme(), m.status(), m.statusLabel(), m.statusDate(),
                MeasureLinks.page(m.id(), m.language().code()));
    }
}

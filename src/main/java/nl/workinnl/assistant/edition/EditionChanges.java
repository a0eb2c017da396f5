package nl.workinnl.assistant.edition;

import java.util.List;
import java.util.Map;
import nl.workinnl.assistant.corpus.Status;

/** What an import changes and what it leaves to editors: the content of the change report. */
record EditionChanges(
        String document,
        String edition,
        String previousEdition,
        List<String> notes,
        Map<Status, String> labels,
        List<StatusChange> statusChanges,
        List<TitleChange> titleChanges,
        List<TextChange> textChanges,
        List<NewMeasure> newMeasures,
        List<VanishedMeasure> vanished,
        List<CountChange> dashboardChanges,
        List<String> documentDashboardDisagreements,
        List<EditorTask> dutchTasks,
        List<EditorTask> translationTasks) {

    record StatusChange(String id, String title, Status before, Status after) {}

    record TitleChange(String id, String before, String after) {}

    record TextChange(String id, String title, SentenceDiff diff) {}

    record NewMeasure(String id, String title, Status status, String file) {}

    record VanishedMeasure(String id, String title, Status status, String statusDate, boolean removed, List<String> referencedBy) {}

    record CountChange(String what, int before, int after) {}

    record EditorTask(String file, String why) {}

    boolean changesMeasures() {
        return !statusChanges.isEmpty() || !titleChanges.isEmpty() || !textChanges.isEmpty() || !newMeasures.isEmpty()
                || vanished.stream().anyMatch(VanishedMeasure::removed);
    }
}

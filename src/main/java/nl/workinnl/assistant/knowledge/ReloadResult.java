package nl.workinnl.assistant.knowledge;

import java.util.List;
import nl.workinnl.assistant.corpus.DataProblem;

/** What an attempt to load the data anew came to. */
public sealed interface ReloadResult {

    /** The new version serves; {@code statusChanges} measures changed their status. */
    record Swapped(DataVersion version, int statusChanges) implements ReloadResult {}

    /** The files are what the serving version was loaded from: nothing to swap. */
    record Unchanged(DataVersion version) implements ReloadResult {}

    /** The new files have mistakes; the serving version stays. */
    record Refused(DataVersion serving, List<DataProblem> problems) implements ReloadResult {}
}

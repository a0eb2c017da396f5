package nl.workinnl.assistant.corpus;

/**
 * Published (as a Spring application event) once per measure whose status a new version of the
 * data changed, after that version serves: what the bot's followers of the measure are told.
 *
 * @param measureId  the measure
 * @param from       its status in the version before
 * @param to         its status now
 * @param statusDate the date of the new status, as the corpus gives it ("2026-11")
 * @param dataVersion the new data version (edition and content hash): with the measure id, what makes
 *                    one change, so that a follower hears of it once however often it is published
 */
public record StatusChanged(String measureId, Status from, Status to, String statusDate, String dataVersion) {}

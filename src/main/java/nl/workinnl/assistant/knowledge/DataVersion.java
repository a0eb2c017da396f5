package nl.workinnl.assistant.knowledge;

/**
 * Which data a version serves: the edition of the monitoring overview its statuses are from, and the
 * fingerprint of the files loaded, which also tells apart two edits of the same edition.
 */
public record DataVersion(String edition, String hash) {

    /** As events and logs name it, e.g. {@code 2025-11/3f9a0c21b7de}. */
    @Override
    public String toString() {
        return edition + "/" + hash;
    }
}

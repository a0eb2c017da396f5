package nl.workinnl.assistant.corpus;

/** One mistake in a data file, named so that an editor can find and fix it without reading Java. */
public record DataProblem(String file, String field, String message) {

    @Override
    public String toString() {
        return field == null || field.isEmpty()
                ? file + ": " + message
                : file + ": field '" + field + "': " + message;
    }
}

package nl.workinnl.assistant.edition;

/** The overview cannot be read fully; nothing is imported. Names the line where reading stopped. */
public final class UnreadableOverviewException extends RuntimeException {

    private final int line;

    UnreadableOverviewException(int line, String message) {
        super(line > 0 ? "line " + line + ": " + message : message);
        this.line = line;
    }

    /** The line of the document, 1-based; 0 when the problem is the document as a whole. */
    public int line() {
        return line;
    }
}

package nl.workinnl.assistant.edition;

/** The import cannot go ahead for a reason outside the document (the corpus, the edition); nothing is changed. */
public final class ImportRefusedException extends RuntimeException {

    ImportRefusedException(String message) {
        super(message);
    }
}

package nl.workinnl.assistant.corpus;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a data mistake at start-up into a short message for editors instead of a stack trace. */
class InvalidDataFailureAnalyzer extends AbstractFailureAnalyzer<InvalidDataException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, InvalidDataException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Correct the files named above (see corpus/README.md and translations/README.md for the schema) and start again.",
                cause);
    }
}

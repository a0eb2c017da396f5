package nl.workinnl.assistant.security;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says what to set instead of a stack trace, when a secret replicas share is missing. */
class MissingSharedSecretFailureAnalyzer extends AbstractFailureAnalyzer<MissingSharedSecretException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MissingSharedSecretException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Set each property named above to one value that every replica shares (README, \"Configuration\"), "
                        + "or use the embedded H2 database, which needs none.",
                cause);
    }
}

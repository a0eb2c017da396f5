package nl.workinnl.assistant.security;

import java.util.List;

/** A secret replicas must share is empty while the database is one they share; names each property. */
public final class MissingSharedSecretException extends IllegalStateException {

    MissingSharedSecretException(List<String> problems, String database) {
        super("The database is one replicas may share (spring.datasource.url is " + database + ", not the embedded H2), so "
                + "every replica must be given the same secrets, and these are empty: " + String.join("; ", problems));
    }
}

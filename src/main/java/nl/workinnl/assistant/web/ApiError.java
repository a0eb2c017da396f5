package nl.workinnl.assistant.web;

/** The body of every 4xx answer of the JSON API: one sentence saying what is wrong. */
public record ApiError(String error) {

    /** Seconds a client is asked to wait (Retry-After) while the database cannot be reached: long enough for a restart or failover. */
    public static final String RETRY_AFTER_DATABASE = "30";
}

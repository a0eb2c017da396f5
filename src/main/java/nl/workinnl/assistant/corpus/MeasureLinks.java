package nl.workinnl.assistant.corpus;

/** Where the readable page of a measure lives; answers, the API and the bot all link there. */
public final class MeasureLinks {

    private MeasureLinks() {}

    public static String page(String measureId, String language) {
        return "/" + language + "/measures/" + measureId;
    }
}

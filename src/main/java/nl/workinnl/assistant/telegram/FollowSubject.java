package nl.workinnl.assistant.telegram;

/** What a chat follows: one measure, or every measure of a theme. */
record FollowSubject(Kind kind, String id) {

    enum Kind {
        MEASURE("m"), THEME("t");

        /** The kind's letter in callback data, where bytes are scarce. */
        final String code;

        Kind(String code) {
            this.code = code;
        }

        static java.util.Optional<Kind> fromCode(String code) {
            for (Kind k : values()) {
                if (k.code.equals(code)) {
                    return java.util.Optional.of(k);
                }
            }
            return java.util.Optional.empty();
        }
    }

    static FollowSubject measure(String id) {
        return new FollowSubject(Kind.MEASURE, id);
    }

    static FollowSubject theme(String id) {
        return new FollowSubject(Kind.THEME, id);
    }
}

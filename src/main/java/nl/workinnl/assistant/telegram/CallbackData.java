package nl.workinnl.assistant.telegram;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * What an inline button means when pressed: {@code l:pl} choose a language, {@code t:werk} open a
 * theme, {@code m:werk-1} open a measure, {@code c:werk-1} choose a suggested measure (the
 * conversation goes on), {@code f:1:werk-1} helpful (0: not helpful), {@code w:m:werk-1} follow a
 * measure ({@code w:t:werk} a theme), {@code u:m:werk-1} stop following it, {@code u:*} stop following
 * everything. Telegram allows 64 bytes; ids are ASCII, but the check counts bytes so that it stays true.
 */
sealed interface CallbackData {

    int MAX_BYTES = 64;

    record ChooseLanguage(String code) implements CallbackData {}

    record OpenTheme(String themeId) implements CallbackData {}

    record OpenMeasure(String measureId) implements CallbackData {}

    record ChooseSuggestion(String measureId) implements CallbackData {}

    record Feedback(String measureId, boolean helpful) implements CallbackData {}

    record Follow(FollowSubject subject) implements CallbackData {}

    record Unfollow(FollowSubject subject) implements CallbackData {}

    record UnfollowAll() implements CallbackData {}

    static String language(String code) {
        return checked("l:" + code);
    }

    static String theme(String id) {
        return checked("t:" + id);
    }

    static String measure(String id) {
        return checked("m:" + id);
    }

    static String suggestion(String id) {
        return checked("c:" + id);
    }

    static String feedback(String measureId, boolean helpful) {
        return checked("f:" + (helpful ? "1" : "0") + ":" + measureId);
    }

    static String follow(FollowSubject subject) {
        return checked("w:" + subject.kind().code + ":" + subject.id());
    }

    static String unfollow(FollowSubject subject) {
        return checked("u:" + subject.kind().code + ":" + subject.id());
    }

    static String unfollowAll() {
        return "u:*";
    }

    static Optional<CallbackData> parse(String data) {
        if (data == null) {
            return Optional.empty();
        }
        String[] parts = data.split(":", 3);
        if (parts[0].equals("f")) {
            return parts.length == 3 ? Optional.of(new Feedback(parts[2], "1".equals(parts[1]))) : Optional.empty();
        }
        if (data.equals(unfollowAll())) {
            return Optional.of(new UnfollowAll());
        }
        if (parts[0].equals("w") || parts[0].equals("u")) {
            if (parts.length != 3) {
                return Optional.empty();
            }
            Optional<FollowSubject> subject = FollowSubject.Kind.fromCode(parts[1]).map(k -> new FollowSubject(k, parts[2]));
            return subject.map(s -> parts[0].equals("w") ? new Follow(s) : new Unfollow(s));
        }
        if (parts.length != 2) {
            return Optional.empty();
        }
        return switch (parts[0]) {
            case "l" -> Optional.of(new ChooseLanguage(parts[1]));
            case "t" -> Optional.of(new OpenTheme(parts[1]));
            case "m" -> Optional.of(new OpenMeasure(parts[1]));
            case "c" -> Optional.of(new ChooseSuggestion(parts[1]));
            default -> Optional.empty();
        };
    }

    private static String checked(String data) {
        if (data.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new IllegalArgumentException("callback data over 64 bytes: " + data);
        }
        return data;
    }
}

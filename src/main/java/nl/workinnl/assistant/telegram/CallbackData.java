package nl.workinnl.assistant.telegram;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * What an inline button means when pressed: {@code l:pl} choose a language, {@code t:werk} open a
 * theme, {@code m:werk-1} open a measure, {@code f:1:werk-1} helpful (0: not helpful). Telegram
 * allows 64 bytes; ids are ASCII, but the check counts bytes so that it stays true.
 */
record CallbackData(String kind, String value, boolean helpful) {

    static final int MAX_BYTES = 64;

    static String language(String code) {
        return checked("l:" + code);
    }

    static String theme(String id) {
        return checked("t:" + id);
    }

    static String measure(String id) {
        return checked("m:" + id);
    }

    static String feedback(String measureId, boolean helpful) {
        return checked("f:" + (helpful ? "1" : "0") + ":" + measureId);
    }

    static Optional<CallbackData> parse(String data) {
        if (data == null) {
            return Optional.empty();
        }
        String[] parts = data.split(":", 3);
        return switch (parts[0]) {
            case "l", "t", "m" -> parts.length == 2 ? Optional.of(new CallbackData(parts[0], parts[1], false)) : Optional.empty();
            case "f" -> parts.length == 3 ? Optional.of(new CallbackData("f", parts[2], "1".equals(parts[1]))) : Optional.empty();
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

package nl.workinnl.assistant.language;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The five languages the assistant speaks; Dutch is the language of the sources. */
public enum Language {
    NL("nl"), PL("pl"), RO("ro"), BG("bg"), EN("en");

    private final String code;
    private final Locale locale;

    Language(String code) {
        this.code = code;
        this.locale = Locale.forLanguageTag(code);
    }

    public String code() {
        return code;
    }

    public Locale locale() {
        return locale;
    }

    /** The language's name in itself, so that a user finds theirs whatever the current language. */
    public String nativeName() {
        return switch (this) {
            case NL -> "Nederlands";
            case PL -> "Polski";
            case RO -> "Română";
            case BG -> "Български";
            case EN -> "English";
        };
    }

    public boolean isSource() {
        return this == NL;
    }

    /** A language by its code (case and region ignored: "pl-PL" is Polish); empty for any other. */
    public static Optional<Language> fromCode(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        String[] parts = code.trim().toLowerCase(Locale.ROOT).split("[-_]");
        if (parts.length == 0 || parts[0].isEmpty()) {
            return Optional.empty(); // "-" or "_pl": no language
        }
        String base = parts[0];
        return Arrays.stream(values()).filter(l -> l.code.equals(base)).findFirst();
    }

    public static String codes() {
        return String.join(", ", Arrays.stream(values()).map(Language::code).toList());
    }
}

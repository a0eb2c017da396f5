package nl.workinnl.assistant.translation;

import com.ibm.icu.text.MessageFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import nl.workinnl.assistant.language.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The interface texts of all languages, formatted with ICU4J's MessageFormat so that plurals follow
 * each language's rules. A text missing or stale in a language is taken from Dutch and logged once.
 */
public final class Messages {

    private static final Logger log = LoggerFactory.getLogger(Messages.class);

    private final Map<Language, Map<String, MessageFormat>> formats;
    private final Set<String> loggedFallbacks = ConcurrentHashMap.newKeySet();

    Messages(Map<Language, Map<String, MessageFormat>> formats) {
        this.formats = new EnumMap<>(formats);
    }

    /** Compiles one pattern the way every message is compiled; throws IllegalArgumentException on bad syntax. */
    static MessageFormat compile(String pattern, Language language) {
        return new MessageFormat(pattern, language.locale());
    }

    public String text(Language language, String key) {
        return format(language, key, Map.of());
    }

    public String format(Language language, String key, Map<String, Object> arguments) {
        MessageFormat prototype = formats.getOrDefault(language, Map.of()).get(key);
        if (prototype == null) {
            prototype = formats.get(Language.NL).get(key);
            if (prototype == null) {
                throw new IllegalArgumentException("No interface text '" + key + "' in translations/nl/interface.yaml");
            }
            if (loggedFallbacks.add(language.code() + ":" + key)) {
                log.warn("Interface text '{}' is missing or stale in {}; using the Dutch text", key, language.code());
            }
        }
        // MessageFormat instances are not safe to share between threads; a clone is cheaper than parsing.
        MessageFormat format = (MessageFormat) prototype.clone();
        return format.format(arguments);
    }

    /** The language's own interface texts as patterns (no Dutch stand-ins). */
    List<String> ownTexts(Language language) {
        return formats.getOrDefault(language, Map.of()).values().stream().map(MessageFormat::toPattern).toList();
    }

    /**
     * A status date such as "2025-11" as the date argument that {@code {date, date, ::yMMMM}} expects:
     * noon UTC on the 15th, so that the month is the same in every time zone.
     */
    public static Date month(String statusDate) {
        LocalDate mid = YearMonth.parse(statusDate).atDay(15);
        return Date.from(mid.atTime(12, 0).toInstant(ZoneOffset.UTC));
    }
}

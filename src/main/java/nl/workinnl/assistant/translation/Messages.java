package nl.workinnl.assistant.translation;

import com.ibm.icu.text.MessageFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.EnumMap;
import java.util.IdentityHashMap;
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
    private final Map<String, String> plainTexts = new ConcurrentHashMap<>();
    private final ThreadLocal<Map<MessageFormat, MessageFormat>> perThread = ThreadLocal.withInitial(IdentityHashMap::new);

    Messages(Map<Language, Map<String, MessageFormat>> formats) {
        this.formats = new EnumMap<>(formats);
    }

    /** Compiles one pattern the way every message is compiled; throws IllegalArgumentException on bad syntax. */
    static MessageFormat compile(String pattern, Language language) {
        return new MessageFormat(pattern, language.locale());
    }

    /** A text without placeholders; formatted once, then served from memory. */
    public String text(Language language, String key) {
        return plainTexts.computeIfAbsent(language.code() + ":" + key, k -> format(language, key, Map.of()));
    }

    public String format(Language language, String key, Map<String, Object> arguments) {
        MessageFormat format = formats.getOrDefault(language, Map.of()).get(key);
        if (format == null) {
            format = formats.get(Language.NL).get(key);
            if (format == null) {
                throw new IllegalArgumentException("No interface text '" + key + "' in translations/nl/interface.yaml");
            }
            if (loggedFallbacks.add(language.code() + ":" + key)) {
                log.warn("Interface text '{}' is missing or stale in {}; using the Dutch text", key, language.code());
            }
        }
        // A MessageFormat is not safe for concurrent use. Each request thread keeps its own clones:
        // a shared lock was contended under load, and cloning (date formats included) on every call
        // costs more than formatting. Request threads are a small pool, so the clones stay few.
        return perThread.get().computeIfAbsent(format, f -> (MessageFormat) f.clone()).format(arguments);
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

    /** A status date such as "2025-11" as the messages write it in a language: "November 2025", "listopad 2025". */
    public static String monthName(Language language, String statusDate) {
        return compile("{date, date, ::yMMMM}", language).format(Map.of("date", month(statusDate)));
    }
}

package nl.workinnl.assistant.translation;

import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.text.PluralRules;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import nl.workinnl.assistant.language.Language;

/**
 * What a translated interface text must keep from its Dutch source: the same placeholders, and
 * every plural category the language needs (Polish one/few/many/other, Romanian one/few/other).
 * Read with ICU's own MessagePattern rather than by hand.
 */
final class MessageChecks {

    private MessageChecks() {}

    static Set<String> argumentNames(String pattern) {
        MessagePattern parsed = new MessagePattern(pattern);
        Set<String> names = new TreeSet<>();
        for (int i = 0; i < parsed.countParts(); i++) {
            MessagePattern.Part part = parsed.getPart(i);
            if (part.getType() == MessagePattern.Part.Type.ARG_NAME) {
                names.add(parsed.getSubstring(part));
            }
        }
        return names;
    }

    /** Plural categories of the language that some plural argument of the pattern lacks. */
    static List<String> missingPluralCategories(String pattern, Language language) {
        Set<String> needed = PluralRules.forLocale(language.locale()).getKeywords();
        MessagePattern parsed = new MessagePattern(pattern);
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < parsed.countParts(); i++) {
            MessagePattern.Part part = parsed.getPart(i);
            if (part.getType() == MessagePattern.Part.Type.ARG_START && part.getArgType() == MessagePattern.ArgType.PLURAL) {
                Set<String> selectors = new HashSet<>();
                int limit = parsed.getLimitPartIndex(i);
                for (int j = i + 1; j < limit; j++) {
                    MessagePattern.Part inner = parsed.getPart(j);
                    if (inner.getType() == MessagePattern.Part.Type.ARG_SELECTOR) {
                        selectors.add(parsed.getSubstring(inner));
                    } else if (inner.getType() == MessagePattern.Part.Type.MSG_START) {
                        j = parsed.getLimitPartIndex(j); // skip the branch's own text and nested arguments
                    }
                }
                for (String category : needed) {
                    if (!selectors.contains(category)) {
                        missing.add(category);
                    }
                }
                i = limit;
            }
        }
        return missing;
    }
}

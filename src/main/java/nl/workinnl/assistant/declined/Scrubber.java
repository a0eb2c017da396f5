package nl.workinnl.assistant.declined;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Takes what could identify a person out of a question before it is kept: a name after "my name is"
 * (in the five languages), e-mail addresses, URLs, IBANs, Dutch postcodes, phone numbers and any
 * other digits, each replaced by a placeholder that still shows editors what sort of thing was asked.
 * Errs on the side of removing: a question about "2 rooms" keeps its sense as "[NUMBER] rooms".
 */
public final class Scrubber {

    /** The longest question kept; a long message is more likely to hold a life story than a question. */
    static final int MAX_LENGTH = 500;

    private record Rule(Pattern pattern, String replacement) {}

    /** Everything after the phrase up to the end of its clause is taken as the name. */
    private static final Pattern NAME = Pattern.compile(
            "(?iuU)\\b(my name is|i am called|i'm called|mijn naam is|ik heet|nazywam si[eę]|mam na imi[eę]"
                    + "|m[aăǎ] numesc|numele meu (?:este|e)|казвам се|името ми е)\\s+[^.,;!?\\n]+");

    private static final List<Rule> RULES = List.of(
            new Rule(Pattern.compile("(?iu)\\b(?:https?://|www\\.)\\S+"), "[URL]"),
            new Rule(Pattern.compile("(?iu)[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}.-]+\\.\\p{L}{2,}"), "[EMAIL]"),
            new Rule(Pattern.compile("(?iu)\\b[A-Z]{2}\\d{2}(?:\\s?[A-Z0-9]{4}){2,7}(?:\\s?[A-Z0-9]{1,3})?\\b"), "[IBAN]"),
            // "1234 AB" or "1234ab"; not "2024 en" (Dutch "and"), which only the digits rule takes.
            new Rule(Pattern.compile("\\b[1-9]\\d{3}(?:\\s?[A-Z]{2}|[a-z]{2})\\b"), "[POSTCODE]"),
            new Rule(Pattern.compile("\\+?\\d[\\d\\s()./-]{6,}\\d"), "[PHONE]"),
            new Rule(Pattern.compile("\\p{Nd}+"), "[NUMBER]"));

    private Scrubber() {}

    public static String scrub(String text) {
        String s = text.length() > MAX_LENGTH * 2 ? text.substring(0, MAX_LENGTH * 2) : text;
        s = NAME.matcher(s).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(m.group(1) + " [NAME]"));
        for (Rule rule : RULES) {
            s = rule.pattern().matcher(s).replaceAll(rule.replacement().replace("[", "\\[").replace("]", "\\]"));
        }
        s = s.replaceAll("\\s+", " ").strip();
        return s.length() > MAX_LENGTH ? s.substring(0, MAX_LENGTH) : s;
    }
}

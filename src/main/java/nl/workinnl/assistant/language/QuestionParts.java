package nl.workinnl.assistant.language;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The questions one message asks: "Mag mijn werkgever de huur van mijn loon afhouden, en hoeveel
 * vakantiegeld krijg ik?" asks two, and the measures may answer one of them only. A message is cut
 * after each sentence that ends with a question mark (what it tells before a question belongs to
 * that question, what follows the last one to the last), and inside a sentence where a phrase of
 * {@code secondQuestions} begins another question ("en hoeveel", "i ile", "și cum").
 */
public final class QuestionParts {

    /** A part this short ("En?", "Two things:") asks nothing of its own; it stays with its neighbour. */
    private static final int MIN_WORDS = 3;

    /** Per language, each phrase that begins a second question as its folded words. */
    private final Map<Language, List<String[]>> openers = new EnumMap<>(Language.class);
    /** Per language, the phrases that announce more than one question ("twee problemen", "dwie sprawy"). */
    private final Map<Language, List<String>> announcements = new EnumMap<>(Language.class);
    /** Per language, the words that join two questions once more than one is announced ("en dan", "i"). */
    private final Map<Language, List<String[]>> joins = new EnumMap<>(Language.class);

    /**
     * Per language code: {@code secondQuestions}, the phrases that begin a second question inside a
     * sentence; {@code severalQuestions}, the phrases that announce more than one; {@code questionJoins},
     * the words that begin another question in a message that announced more than one.
     */
    public QuestionParts(Map<String, List<String>> secondQuestions, Map<String, List<String>> severalQuestions,
                         Map<String, List<String>> questionJoins) {
        for (Language l : Language.values()) {
            openers.put(l, FoldedWords.phrases(Vocabulary.folded(secondQuestions, l)));
            announcements.put(l, Vocabulary.folded(severalQuestions, l).stream().map(p -> " " + TextNormalizer.words(p) + " ").toList());
            joins.put(l, FoldedWords.phrases(Vocabulary.folded(questionJoins, l)));
        }
    }

    /** The questions of the message in their order; one (the message itself) when it asks one. */
    public List<Question> of(Question question, Language language) {
        List<String> parts = new ArrayList<>();
        StringBuilder pending = new StringBuilder();
        // "Mam dwie sprawy: szukam kursu niderlandzkiego i chcę wymienić prawo jazdy.": told as
        // statements, without question marks, the questions are joined by a plain "and".
        String padded = question.padded();
        List<String[]> cuts = announcements.get(language).stream().anyMatch(padded::contains)
                ? java.util.stream.Stream.concat(openers.get(language).stream(), joins.get(language).stream()).toList()
                : openers.get(language);
        for (String sentence : TextNormalizer.markedSentences(question.clean())) {
            List<String> clauses = clauses(sentence, cuts);
            for (int i = 0; i < clauses.size(); i++) {
                append(pending, clauses.get(i));
                // Each clause of a cut sentence is a question of its own, as is a sentence that asks.
                if (clauses.get(i).trim().endsWith("?") || clauses.size() > 1) {
                    parts.add(pending.toString());
                    pending.setLength(0);
                }
            }
        }
        if (!pending.isEmpty()) {
            appendToLast(parts, pending.toString());
        }
        List<String> joined = joinShort(parts);
        return joined.size() < 2 ? List.of(question) : joined.stream().map(Question::of).toList();
    }

    /**
     * A number that may open a question of a numbered message: "1)", "2.", "(3)", "2:" before a space.
     * Where it may stand is read in {@link #opensAQuestion}.
     */
    private static final Pattern NUMBER_MARK = Pattern.compile("\\(?([1-9])([).:])(?=\\s)");
    /** Signs that end a clause, after which a number opens the next question. */
    private static final String CLAUSE_ENDS = ":;,.!?…";
    /** Kept for a later turn, the waiting questions open with how many the message asked: "#3 1) ... 2) ...". */
    private static final Pattern KEPT = Pattern.compile("^#([1-9]) ");
    /** The most of the waiting questions kept in all (the context keeps 300 characters of the user's words). */
    private static final int KEPT_IN_ALL = 280;

    /**
     * Whether the number found opens a question: at the start or after a sign that ends a clause;
     * after a word only as "2)" or as the first number ("Ik heb twee vragen 1. ..."), never glued to a
     * word or an id ("werk-1.") and never as a later "2:" or "2." after a word ("Week 1: ..., week 2:").
     */
    private static boolean opensAQuestion(String text, int start, int number, char sign) {
        int before = start - 1;
        if (before < 0) {
            return true;
        }
        if (!Character.isWhitespace(text.charAt(before))) {
            return CLAUSE_ENDS.indexOf(text.charAt(before)) >= 0;
        }
        while (before >= 0 && Character.isWhitespace(text.charAt(before))) {
            before--;
        }
        return before < 0 || CLAUSE_ENDS.indexOf(text.charAt(before)) >= 0 || sign == ')' || number == 1;
    }

    /** One question of a numbered message, with the number the user gave it. */
    public record Numbered(int number, Question question) {

        /**
         * As kept for a later turn: "2) ...", at most {@code most} characters: of a longer one what it
         * asks (its sentences with a question mark), shortened at a word. It ends with a sign, so that
         * the next kept number still opens a question when read back, and reads back the same.
         */
        String written(int most) {
            String text = question.clean();
            if (text.length() > most) {
                String asking = String.join(" ", java.util.Arrays.stream(TextNormalizer.markedSentences(text))
                        .filter(sentence -> sentence.trim().endsWith("?")).toList());
                text = asking.isEmpty() ? text : asking;
            }
            if (text.length() > most) {
                int cut = text.lastIndexOf(' ', most - 1);
                text = text.substring(0, cut > 0 ? cut : most - 1);
            }
            return number + ") " + text + (text.matches("(?s).*[.?!:;,…]$") ? "" : ".");
        }
    }

    /** Questions waiting for a later turn, and how many the message asked. */
    public record Waiting(List<Numbered> questions, int asked) {

        public static final Waiting NONE = new Waiting(List.of(), 0);

        public boolean isEmpty() {
            return questions.isEmpty();
        }

        /** The waiting question with the number the user gave it. */
        public java.util.Optional<Numbered> numbered(int number) {
            return questions.stream().filter(q -> q.number() == number).findFirst();
        }

        /** These, without the one answered, as kept for the next turn. */
        public String without(Numbered answered) {
            return written(questions.stream().filter(q -> q != answered).toList(), asked);
        }
    }

    /**
     * "Mam trzy pytania: 1. ... 2. ... 3. ...": the questions of a message that numbers them from 1,
     * in their order, what it tells before the first number going with the first; empty when the
     * message numbers no two questions so, or a number stands with no question.
     */
    public List<Numbered> numbered(Question question) {
        List<Numbered> parts = parts(question.clean(), true);
        return parts.size() < 2 || parts.stream().anyMatch(p -> p.question().isEmpty()) ? List.of() : parts;
    }

    /** The questions {@link #written} kept for a later turn; none for a question kept unnumbered. */
    public static Waiting waiting(String kept) {
        Matcher asked = KEPT.matcher(kept);
        if (!asked.lookingAt()) {
            return Waiting.NONE;
        }
        return new Waiting(parts(kept.substring(asked.end()), false), asked.group(1).charAt(0) - '0');
    }

    /** Numbered questions as kept for a later turn, each with its number, after how many were asked. */
    public static String written(List<Numbered> parts, int asked) {
        if (parts.isEmpty()) {
            return "";
        }
        // Each its share, so that every one is kept: "3) " and the space between take five characters.
        int most = KEPT_IN_ALL / parts.size() - 5;
        return "#" + asked + " " + String.join(" ", parts.stream().map(p -> p.written(most)).toList());
    }

    /** {@code fromOne}: the numbers count 1, 2, 3...; else any rising numbers, the text opening with one. */
    private static List<Numbered> parts(String text, boolean fromOne) {
        Matcher m = NUMBER_MARK.matcher(text);
        List<int[]> marks = new ArrayList<>();
        while (m.find()) {
            int number = m.group(1).charAt(0) - '0';
            int before = marks.isEmpty() ? 0 : marks.getLast()[2];
            boolean next = fromOne ? number == before + 1 : number > before && (!marks.isEmpty() || m.start() == 0);
            if (next && opensAQuestion(text, m.start(), number, m.group(2).charAt(0))) {
                marks.add(new int[] {m.start(), m.end(), number});
            }
        }
        List<Numbered> parts = new ArrayList<>();
        for (int i = 0; i < marks.size(); i++) {
            int to = i + 1 < marks.size() ? marks.get(i + 1)[0] : text.length();
            String part = i == 0 ? (text.substring(0, marks.get(0)[0]) + " " + text.substring(marks.get(0)[1], to)).trim()
                    : text.substring(marks.get(i)[1], to).trim();
            // What stands before the first number belongs to the first question, but is no question of its own.
            String own = text.substring(marks.get(i)[1], to).trim();
            parts.add(new Numbered(marks.get(i)[2], Question.of(own.isEmpty() ? "" : part)));
        }
        return parts;
    }

    /** Parts of too few words join the next part (the last joins the one before). */
    private static List<String> joinShort(List<String> parts) {
        List<String> joined = new ArrayList<>();
        String carried = "";
        for (String part : parts) {
            String whole = (carried + " " + part).trim();
            if (TextNormalizer.words(whole).split(" ").length < MIN_WORDS) {
                carried = whole;
            } else {
                joined.add(whole);
                carried = "";
            }
        }
        if (!carried.isEmpty()) {
            appendToLast(joined, carried);
        }
        return joined;
    }

    /** What follows the last question belongs to it; the first part when there is none yet. */
    private static void appendToLast(List<String> parts, String text) {
        if (parts.isEmpty()) {
            parts.add(text);
        } else {
            parts.set(parts.size() - 1, parts.getLast() + " " + text);
        }
    }

    private static void append(StringBuilder pending, String text) {
        if (!pending.isEmpty()) {
            pending.append(' ');
        }
        pending.append(text.trim());
    }

    /** The sentence cut before each of the phrases; the sentence itself when none stands in it. */
    private static List<String> clauses(String sentence, List<String[]> cuts) {
        FoldedWords words = FoldedWords.of(sentence);
        List<String> clauses = new ArrayList<>();
        int from = 0;
        // Not at the first word: a sentence that opens so is one question.
        for (int i = 1; i < words.words().size(); i++) {
            for (String[] opener : cuts) {
                if (words.phraseAt(i, opener)) {
                    clauses.add(sentence.substring(from, words.start(i)));
                    from = words.start(i);
                    break;
                }
            }
        }
        clauses.add(sentence.substring(from));
        return clauses;
    }
}

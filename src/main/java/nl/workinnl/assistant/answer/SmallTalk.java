package nl.workinnl.assistant.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.workinnl.assistant.language.Language;
import nl.workinnl.assistant.language.Question;
import nl.workinnl.assistant.language.TextNormalizer;
import nl.workinnl.assistant.language.Vocabulary;

/**
 * Greetings, thanks and requests for help: messages made only of such words get a short reply,
 * not a search. Recognised in all five languages, whatever language was detected, because
 * "hallo" or "ok" alone say little about the language.
 */
final class SmallTalk {

    /**
     * @param language the language the words tell for sure ("cześć", "dzień dobry")
     * @param likely   the one language whose words these are ("hallo"), for when the user chose none
     */
    /** @param greeted a greeting was among the phrases ("Dzień dobry, potrzebuję pomocy") */
    record Match(Answer.Kind kind, Optional<Language> language, Optional<Language> likely, boolean greeted) {}

    private record Phrase(String words, String[] tokens, Answer.Kind kind, Language language) {

        Phrase(String words, Answer.Kind kind, Language language) {
            this(words, words.split(" "), kind, language);
        }
    }

    /** Small talk is short; a longer message is a question, whatever greeting it starts with. */
    private static final int MAX_WORDS = 16;

    private final List<Phrase> phrases = new ArrayList<>();
    /** Words that may stand around the phrases ("Wat kun je allemaal?") in any language. */
    private final java.util.Set<String> extras = new java.util.HashSet<>();

    SmallTalk(Vocabulary vocabulary) {
        for (Language l : Language.values()) {
            Vocabulary.folded(vocabulary.smallTalkExtras(), l).forEach(w -> extras.addAll(List.of(w.split("[^\\p{L}]+"))));
            Vocabulary.folded(vocabulary.greetings(), l).forEach(w -> phrases.add(new Phrase(w, Answer.Kind.GREETING, l)));
            Vocabulary.folded(vocabulary.thanks(), l).forEach(w -> phrases.add(new Phrase(w, Answer.Kind.THANKS, l)));
            Vocabulary.folded(vocabulary.help(), l).forEach(w -> phrases.add(new Phrase(w, Answer.Kind.HELP, l)));
        }
        // Longest first, so that "dank je wel" is taken before "dank".
        phrases.sort(Comparator.comparingInt((Phrase p) -> p.words().length()).reversed());
    }

    Optional<Match> match(Question question) {
        int count = wordsUpTo(question.folded(), MAX_WORDS + 1);
        if (count == 0 || count > MAX_WORDS) {
            // Most messages are questions: told apart without splitting a long one into its words.
            return Optional.empty();
        }
        String[] words = question.folded().split("[^\\p{L}]+");
        int start = words.length > 0 && words[0].isEmpty() ? 1 : 0;
        Answer.Kind kind = null;
        Map<Language, Integer> votes = new EnumMap<>(Language.class);
        boolean distinctive = false;
        boolean greeted = false;
        int at = start;
        while (at < words.length) {
            Phrase found = null;
            int after = -1;
            for (Phrase p : phrases) {
                after = consume(words, at, p.tokens());
                if (after >= 0) {
                    found = p;
                    break;
                }
            }
            if (found == null) {
                if (!extras.contains(words[at])) {
                    return Optional.empty();
                }
                at++;
                continue;
            }
            kind = stronger(kind, found.kind());
            greeted |= found.kind() == Answer.Kind.GREETING;
            Map<Language, Integer> these = new EnumMap<>(Language.class);
            for (Phrase p : phrases) {
                if (p.words().equals(found.words())) {
                    these.merge(p.language(), 1, Integer::sum);
                }
            }
            these.keySet().forEach(l -> votes.merge(l, 1, Integer::sum));
            // "cześć", "dzien dobry", "dank je wel" tell the language; "hallo", "ok" or "hi" do not.
            distinctive |= these.size() == 1 && (found.words().contains(" ") || hasDiacritics(question, found.words()));
            at = after;
        }
        if (kind == null) {
            return Optional.empty();
        }
        Optional<Language> only = votes.size() == 1 ? Optional.of(votes.keySet().iterator().next()) : Optional.empty();
        return Optional.of(new Match(kind, distinctive ? only : Optional.empty(), only, greeted));
    }

    /**
     * Where the message goes on after the phrase at {@code start}, whose words may have extra words
     * between them ("waar kunt u mij allemaal mee helpen" for "waar kunt u mee helpen"); -1 when the
     * phrase is not there.
     */
    private int consume(String[] words, int start, String[] want) {
        int i = start;
        for (int k = 0; k < want.length; k++) {
            while (i < words.length && k > 0 && !words[i].equals(want[k]) && extras.contains(words[i])) {
                i++;
            }
            if (i >= words.length || !words[i].equals(want[k])) {
                return -1;
            }
            i++;
        }
        return i;
    }

    /** The number of words (runs of letters, as {@link #match} splits them) in the text, counted no further than {@code limit}. */
    private static int wordsUpTo(String text, int limit) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length() && words < limit; ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            boolean letter = Character.isLetter(cp);
            if (letter && !inWord) {
                words++;
            }
            inWord = letter;
        }
        return words;
    }

    /** Whether the user typed the phrase with letters beyond plain ASCII (diacritics, Cyrillic). */
    private static boolean hasDiacritics(Question question, String foldedPhrase) {
        return question.clean().codePoints().anyMatch(cp -> cp > 127 && Character.isLetter(cp))
                || foldedPhrase.codePoints().anyMatch(cp -> cp > 127);
    }

    /** "hallo, wat kun je?" asks for help; "hi, thanks" thanks. */
    private static Answer.Kind stronger(Answer.Kind a, Answer.Kind b) {
        if (a == null) {
            return b;
        }
        List<Answer.Kind> order = List.of(Answer.Kind.HELP, Answer.Kind.THANKS, Answer.Kind.GREETING);
        return order.indexOf(a) <= order.indexOf(b) ? a : b;
    }
}

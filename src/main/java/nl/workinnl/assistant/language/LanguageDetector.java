package nl.workinnl.assistant.language;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides which of the five languages a message is in.
 *
 * <p>Written here rather than taken from a library: none of the detectors on Maven Central knows
 * Bulgarian typed in Latin letters ("kak da si napravya DigiD"), which many Bulgarian workers write,
 * and the general ones (Lingua, Optimaize) carry models for dozens of languages in tens of megabytes
 * to tell apart five. This one is a naive Bayes model over character trigrams of the folded text,
 * trained at start-up on the assistant's own texts in each language (Bulgarian also transliterated
 * to Latin with ICU), plus the letters only one of the languages has (ą ł ż; ă ș ț; Cyrillic).
 */
public final class LanguageDetector {

    /** The language of a text, and whether the text itself made that clear. */
    public record Detection(Language language, boolean clear) {}

    /** Bulgarian in Latin letters is scored as a sixth "language" and reported as Bulgarian. */
    private enum Profile {
        NL(Language.NL), PL(Language.PL), RO(Language.RO), BG_LATIN(Language.BG), EN(Language.EN);

        final Language language;

        Profile(Language language) {
            this.language = language;
        }

        static Profile of(Language language) {
            for (Profile p : values()) {
                if (p.language == language) {
                    return p;
                }
            }
            throw new IllegalArgumentException(language.code());
        }
    }

    private static final java.util.regex.Pattern NON_LETTERS = java.util.regex.Pattern.compile("[^\\p{L}]+");

    private static final double MARGIN_PER_TRIGRAM = 0.35;
    private static final int MIN_LETTERS_FOR_CLEAR = 8;
    /** Messages of at most this many words follow the language chosen or written in. */
    private static final int SHORT_WORDS = 2;
    /** How many times the usual margin a text needs to overrule the language the user chose or writes in. */
    private static final double HINT_MARGIN_FACTOR = 2;

    private static final Profile[] PROFILES = Profile.values();
    /**
     * What a word of one language's own adds to that language's log score: two short words give few
     * trigrams ("lijst registratie" reads a little more like Romanian by its letters), while a whole
     * word of one language's own says it plainly.
     */
    private static final double OWN_WORD_EVIDENCE = 3.0;
    private static final int OWN_WORD_MIN_LETTERS = 3;
    /** A message with at least one letter, or one word, in this many Cyrillic is Bulgarian. */
    private static final int CYRILLIC_SHARE_DENOMINATOR = 3;
    /** The share of words counts from this many words: "Registratie 2б?" is one Cyrillic letter of two words. */
    private static final int MIN_WORDS_FOR_WORD_SHARE = 3;

    /** For each trigram, its log probability in every profile (one lookup a trigram, not five). */
    private final TrigramTable logProbabilities;
    /** The log probability of a trigram a profile never saw. */
    private final double[] unseen = new double[PROFILES.length];
    /** Dutch words of the texts that no other language's words hold: Dutch unless the message says otherwise. */
    private final java.util.Set<String> borrowedDutch = new java.util.HashSet<>();
    /** The words given for one language only. */
    private final Map<String, Profile> ownWords = new HashMap<>();

    /** @param texts texts in each language; Bulgarian ones may be Cyrillic or Latin */
    public LanguageDetector(Map<Language, List<String>> texts) {
        this(texts, Map.of(), List.of());
    }

    /**
     * @param texts texts in each language, for the trigrams
     * @param words words that tell each language, for the words only (lists of cues and subjects are no
     *              running text: their letters would skew the trigrams). A word given for one
     *              language only adds to it; one given for several, to none.
     * @param dutchTerms Dutch words that workers also borrow into their own languages ("ontslag",
     *              "uitkering"): they add to Dutch only when no word of another language's own is in
     *              the message, so that "czy werkgever moze dac ontslag" stays with its Polish words
     *              while "lijst registratie" is Dutch
     */
    public LanguageDetector(Map<Language, List<String>> texts, Map<Language, List<String>> words, List<String> dutchTerms) {
        Map<Profile, Map<String, Integer>> counts = new EnumMap<>(Profile.class);
        Map<Profile, Integer> totals = new EnumMap<>(Profile.class);
        Map<String, Boolean> allGrams = new HashMap<>();
        Map<String, java.util.Set<Profile>> seenIn = new HashMap<>();
        for (Profile p : PROFILES) {
            counts.put(p, new HashMap<>());
            totals.put(p, 0);
        }
        texts.forEach((language, list) -> {
            for (String text : list) {
                Profile profile = Profile.of(language);
                String latin = language == Language.BG ? TextNormalizer.bulgarianLatin(text) : TextNormalizer.fold(text);
                for (String gram : trigrams(NON_LETTERS.split(latin))) {
                    counts.get(profile).merge(gram, 1, Integer::sum);
                    totals.merge(profile, 1, Integer::sum);
                    allGrams.put(gram, Boolean.TRUE);
                }
            }
        });
        words.forEach((language, list) -> {
            for (String text : list) {
                Profile profile = Profile.of(language);
                String latin = language == Language.BG ? TextNormalizer.bulgarianLatin(text) : TextNormalizer.fold(text);
                for (String word : NON_LETTERS.split(latin)) {
                    if (word.length() >= OWN_WORD_MIN_LETTERS) {
                        seenIn.computeIfAbsent(word, w -> EnumSet.noneOf(Profile.class)).add(profile);
                    }
                }
            }
        });
        seenIn.forEach((word, profiles) -> {
            if (profiles.size() == 1) {
                ownWords.put(word, profiles.iterator().next());
            }
        });
        for (String text : dutchTerms) {
            for (String word : NON_LETTERS.split(TextNormalizer.fold(text))) {
                if (word.length() >= OWN_WORD_MIN_LETTERS && !seenIn.containsKey(word)) {
                    borrowedDutch.add(word);
                }
            }
        }
        int vocabularySize = allGrams.size() + 1;
        for (Profile p : PROFILES) {
            unseen[p.ordinal()] = Math.log(0.5) - Math.log(totals.get(p) + 0.5 * vocabularySize);
        }
        Map<String, double[]> logs = new HashMap<>();
        for (String gram : allGrams.keySet()) {
            double[] perProfile = new double[PROFILES.length];
            for (Profile p : PROFILES) {
                perProfile[p.ordinal()] = Math.log(counts.get(p).getOrDefault(gram, 0) + 0.5)
                        - Math.log(totals.get(p) + 0.5 * vocabularySize);
            }
            logs.put(gram, perProfile);
        }
        logProbabilities = new TrigramTable(logs);
    }

    public Detection detect(Question question, Optional<Language> hint) {
        String clean = question.clean();
        long letters = 0;
        long cyrillic = 0;
        long wordCount = 0;
        long cyrillicWords = 0;
        boolean inWord = false;
        for (int i = 0; i < clean.length(); ) {
            int cp = clean.codePointAt(i);
            boolean letter = Character.isLetter(cp);
            boolean cyrillicLetter = Character.UnicodeScript.of(cp) == Character.UnicodeScript.CYRILLIC;
            letters += letter ? 1 : 0;
            cyrillic += cyrillicLetter ? 1 : 0;
            if (letter && !inWord) {
                wordCount++;
                cyrillicWords += cyrillicLetter ? 1 : 0;
            }
            inWord = letter;
            i += Character.charCount(cp);
        }
        // Only Bulgarian is written in Cyrillic here; the Latin letters beside it are most often the Dutch
        // terms a worker picks up ("след 4 месеца трябва ли inschrijving в gemeente?"), and a long Dutch
        // name may have more letters than the Bulgarian words around it ("Каква роля ще има Nederlandse
        // Autoriteit Uitleenmarkt?"), so words count as well as letters.
        if (letters > 0 && (cyrillic * CYRILLIC_SHARE_DENOMINATOR >= letters
                || (wordCount >= MIN_WORDS_FOR_WORD_SHARE && cyrillicWords * CYRILLIC_SHARE_DENOMINATOR >= wordCount))) {
            return new Detection(Language.BG, true);
        }
        // Two words rarely tell languages apart by their letters ("ten drugi" reads as Bulgarian in
        // Latin letters): decided before any scoring, only letters of another language's own (ą, ș)
        // overrule the choice.
        if (hint.isPresent() && clean.trim().split("\\s+").length <= SHORT_WORDS && !lettersOfAnother(clean, hint.get())) {
            return new Detection(hint.get(), false);
        }
        Map<Profile, Double> scores = new EnumMap<>(Profile.class);
        // Split once: the trigrams and the words' own evidence read the same words.
        String[] words = NON_LETTERS.split(question.folded());
        double[] sums = new double[PROFILES.length];
        int grams = 0;
        for (String word : words) {
            // The trigrams of the word with a space either side, as trained.
            int length = word.isEmpty() ? 0 : word.length() + 2;
            for (int i = 0; i + 3 <= length; i++, grams++) {
                double[] logs = logProbabilities.get(TrigramTable.key(padded(word, i), padded(word, i + 1), padded(word, i + 2)), unseen);
                for (int p = 0; p < sums.length; p++) {
                    sums[p] += logs[p];
                }
            }
        }
        boolean wordsOfAnother = false;
        int dutchWords = 0;
        for (String word : words) {
            Profile own = ownWords.get(word);
            if (own != null) {
                sums[own.ordinal()] += OWN_WORD_EVIDENCE;
                wordsOfAnother |= own != Profile.NL;
            } else if (borrowedDutch.contains(word)) {
                dutchWords++;
            }
        }
        if (!wordsOfAnother) {
            sums[Profile.NL.ordinal()] += dutchWords * OWN_WORD_EVIDENCE;
        }
        for (Profile p : PROFILES) {
            scores.put(p, sums[p.ordinal()]);
        }
        letterEvidence(clean, scores);

        Profile best = null;
        Profile second = null;
        for (Profile p : Profile.values()) {
            if (best == null || scores.get(p) > scores.get(best)) {
                second = best;
                best = p;
            } else if (second == null || scores.get(p) > scores.get(second)) {
                second = p;
            }
        }
        if (best == null || grams == 0) {
            return new Detection(hint.orElse(Language.NL), false);
        }
        double margin = (scores.get(best) - scores.get(second)) / Math.max(1, grams);
        boolean clear = letters >= MIN_LETTERS_FOR_CLEAR && margin >= MARGIN_PER_TRIGRAM;
        Language detected = best.language;
        if (!clear && hint.isPresent()) {
            // A short or mixed message ("DigiD", "huur?") says too little: the user's choice decides.
            return new Detection(hint.get(), false);
        }
        if (hint.isPresent() && hint.get() != detected) {
            // Against the language the user chose or has been writing, the text must say so clearly:
            // "pot sa-i chem eu" reads a little more like Bulgarian in Latin letters than Romanian.
            double hintScore = java.util.Arrays.stream(PROFILES).filter(p -> p.language == hint.get())
                    .mapToDouble(scores::get).max().orElse(Double.NEGATIVE_INFINITY);
            double overHint = (scores.get(best) - hintScore) / Math.max(1, grams);
            if (overHint < HINT_MARGIN_FACTOR * MARGIN_PER_TRIGRAM) {
                return new Detection(hint.get(), false);
            }
        }
        return new Detection(detected, clear);
    }

    /** Whether the text has letters only another language than this one writes ("Dzięki" with Dutch chosen). */
    private static boolean lettersOfAnother(String text, Language language) {
        Map<Profile, Double> scores = new EnumMap<>(Profile.class);
        letterEvidence(text, scores);
        return scores.keySet().stream().anyMatch(p -> p.language != language);
    }

    /** Letters that only one of the languages writes settle most short messages at once. */
    private static void letterEvidence(String text, Map<Profile, Double> scores) {
        for (int i = 0; i < text.length(); i++) {
            char ch = Character.toLowerCase(text.charAt(i));
            switch (ch) {
                case 'ą', 'ę', 'ł', 'ń', 'ś', 'ź', 'ż', 'ć' -> scores.merge(Profile.PL, 6.0, Double::sum);
                case 'ă', 'ș', 'ț', 'î', 'â' -> scores.merge(Profile.RO, 6.0, Double::sum);
                case 'ë', 'ï' -> scores.merge(Profile.NL, 3.0, Double::sum);
                default -> { }
            }
        }
    }

    /** The character at {@code i} of the word with a space either side. */
    private static char padded(String word, int i) {
        return i == 0 || i == word.length() + 1 ? ' ' : word.charAt(i - 1);
    }

    private static List<String> trigrams(String[] words) {
        List<String> grams = new java.util.ArrayList<>();
        for (String word : words) {
            if (word.isEmpty()) {
                continue;
            }
            String padded = " " + word + " ";
            for (int i = 0; i + 3 <= padded.length(); i++) {
                grams.add(padded.substring(i, i + 3));
            }
        }
        return grams;
    }
}

package nl.workinnl.assistant.declined;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.workinnl.assistant.language.Language;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.bg.BulgarianAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.pl.PolishAnalyzer;
import org.apache.lucene.analysis.ro.RomanianAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Groups similar questions by the terms they share, so editors see subjects rather than single
 * questions: each question is reduced with Lucene's analyzer for its language (stop words out,
 * words stemmed), and joins the first group of its language whose terms it shares enough of.
 * Greedy and in memory: a week or a quarter of declines is a few thousand short texts at most.
 */
public final class QuestionGroups {

    /** A subject: its most frequent terms as a label, and its questions. */
    public record Group(Language language, String label, List<DeclinedQuestion> questions) {
        public int size() {
            return questions.size();
        }
    }

    /** The share of the smaller term set two questions must have in common to be one subject. */
    static final double MIN_OVERLAP = 0.5;

    private final Map<Language, Analyzer> analyzers = new EnumMap<>(Language.class);

    public QuestionGroups() {
        analyzers.put(Language.NL, new DutchAnalyzer());
        analyzers.put(Language.EN, new EnglishAnalyzer());
        analyzers.put(Language.PL, new PolishAnalyzer());
        analyzers.put(Language.RO, new RomanianAnalyzer());
        analyzers.put(Language.BG, new BulgarianAnalyzer());
    }

    /** The groups, largest first. */
    public List<Group> group(List<DeclinedQuestion> questions) {
        record Building(Language language, Set<String> terms, Map<String, Integer> counts, List<DeclinedQuestion> questions) {}
        List<Building> building = new ArrayList<>();
        for (DeclinedQuestion q : questions) {
            Set<String> terms = terms(q.language(), q.question());
            Building home = null;
            for (Building b : building) {
                if (b.language() == q.language() && overlap(terms, b.terms()) >= MIN_OVERLAP) {
                    home = b;
                    break;
                }
            }
            if (home == null) {
                home = new Building(q.language(), new LinkedHashSet<>(terms), new HashMap<>(), new ArrayList<>());
                building.add(home);
            }
            home.questions().add(q);
            for (String t : terms) {
                home.counts().merge(t, 1, Integer::sum);
            }
        }
        return building.stream()
                .map(b -> new Group(b.language(), label(b.counts()), List.copyOf(b.questions())))
                .sorted(Comparator.comparingInt(Group::size).reversed())
                .toList();
    }

    Set<String> terms(Language language, String text) {
        Set<String> terms = new LinkedHashSet<>();
        // Placeholders ([NAME], [NUMBER]) say nothing about the subject.
        String plain = text.replaceAll("\\[[A-Z]+]", " ");
        try (TokenStream ts = analyzers.get(language).tokenStream("q", plain)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                if (term.length() > 2) {
                    terms.add(term.toString());
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    private static double overlap(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return a.isEmpty() && b.isEmpty() ? 1 : 0;
        }
        long shared = a.stream().filter(b::contains).count();
        return (double) shared / Math.min(a.size(), b.size());
    }

    private static String label(Map<String, Integer> counts) {
        return String.join(" ", counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(3).map(Map.Entry::getKey).toList());
    }
}

package nl.workinnl.assistant.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.workinnl.assistant.language.Language;
import nl.workinnl.assistant.language.Question;
import nl.workinnl.assistant.language.TextNormalizer;
import nl.workinnl.assistant.language.Vocabulary;
import nl.workinnl.assistant.translation.Translations;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.ScoreDoc;

/**
 * Finds the measures a question is about. The question is never parsed as Lucene query syntax:
 * its words go through the same analyzers as the index and become term queries, so "*:*" or
 * "title:*" are just words.
 *
 * <p>Measure, topic and not-covered subject documents are scored together; a topic passes its score
 * to the measures it names, a subject is reported apart. What a question asks weighs more than the
 * circumstances it tells: in a message of several sentences, the words of the sentences that ask
 * (with a question mark) count fully, the others half. A word that is in no field at all may be a
 * typo: it is also looked up with one edit, weighted below exact matches.
 */
public final class MeasureSearch implements AutoCloseable {

    /** How many first letters of a word the folded fields keep: what is left when an inflection's ending falls away. */
    public static final int FOLDED_WORD_LENGTH = FieldAnalyzers.STEM_LENGTH;

    private static final int CANDIDATES = 24;
    /** Enough for any real question; keeps a 2,000-character message under Lucene's clause limit. */
    private static final int MAX_WORDS = 48;
    private static final int MAX_TERMS = 40;
    /** How much of a topic's score each of the measures it names gets, in order. */
    private static final float[] TOPIC_SHARE = {0.95f, 0.75f, 0.6f, 0.5f};
    /** The least number of content words the asking sentences need to be weighted apart ("Klopt dat?" has none). */
    private static final int ASKING_MIN_TERMS = 2;
    /** The weight of a word found only with one edit (a typo) against the same word typed right. */
    private static final float FUZZY_WEIGHT = 0.3f;
    private static final int FUZZY_MIN_LENGTH = 5;
    /** What a word counts for as beyond the corpus when only its phrase, not the word, is a subject's own. */
    private static final double PHRASE_EVIDENCE = 0.5;

    private final MeasureIndex index;
    private final SearchProperties properties;

    /** Releases the index; only once no search of it can still run. */
    @Override
    public void close() {
        index.close();
    }

    public MeasureSearch(Translations translations, Vocabulary vocabulary, NotCoveredSubjects subjects, SearchProperties properties) {
        this.index = new MeasureIndex(translations, vocabulary, subjects, properties);
        this.properties = properties;
    }

    /**
     * The measures best matching the question, best first, and the best not-covered subject. Words
     * that may be typos are looked up with one edit only when the exact words find nothing sure
     * enough: fuzzy matching costs more than the whole exact search.
     */
    public SearchResult search(Question question, Language language) {
        try {
            Prepared prepared = prepare(question, language);
            if (prepared == null) {
                return SearchResult.NOTHING;
            }
            FieldGroups exactQuery = exactQuery(prepared, language);
            if (exactQuery.isEmpty()) {
                return SearchResult.NOTHING;
            }
            // Every document's score (the index is small, and a search this size collects them all
            // anyway): the typo pass then only adds its own clauses' scores to them.
            ScoreDoc[] exact = index.scoreAll(exactQuery);
            SearchResult first = result(exact, prepared);
            if (first.best().filter(properties::confident).isPresent()) {
                return first;
            }
            String keywords = Fields.keywords(language);
            // A word with no keyword one edit away gives its typo query nothing to find, and the query
            // would still build the word's Levenshtein automata: such words are left out.
            List<String> mainTypos = withNeighbours(keywords, mayBeTypos(keywords, Fields.text(language), prepared.main().stemmed()));
            List<String> toldTypos = withNeighbours(keywords, mayBeTypos(keywords, Fields.text(language), prepared.told().stemmed()));
            if (mainTypos.isEmpty() && toldTypos.isEmpty()) {
                return first;
            }
            BooleanQuery.Builder typoQuery = new BooleanQuery.Builder();
            addFuzzy(typoQuery, keywords, mainTypos, 2.0f * FUZZY_WEIGHT);
            addFuzzy(typoQuery, keywords, toldTypos, 2.0f * FUZZY_WEIGHT * properties.circumstanceWeight());
            // A disjunction scores a document with the sum of its clauses' scores: the exact and the
            // typo clauses searched apart and added give what they give searched together.
            ScoreDoc[] typos = index.scoreAll(typoQuery.build());
            return result(sum(exact, typos), prepared);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The exact search's scores of a question, read from the postings table (null where it cannot
     * promise Lucene's) and scored by Lucene: for a test that the two agree to the bit. Null when
     * the question searches nothing.
     */
    ScoreDoc[][] exactScoresBothWays(Question question, Language language) throws IOException {
        Prepared prepared = prepare(question, language);
        FieldGroups query = prepared == null ? null : exactQuery(prepared, language);
        if (query == null || query.isEmpty()) {
            return null;
        }
        return new ScoreDoc[][] {index.scoreFromPostings(query), index.scoreAll(query.toLucene(index))};
    }

    /** The scores of both searches added per document, best first (ties by document, as Lucene orders them). */
    private ScoreDoc[] sum(ScoreDoc[] a, ScoreDoc[] b) {
        ScoreDoc[] byDoc = new ScoreDoc[index.size()];
        List<ScoreDoc> total = new ArrayList<>();
        for (ScoreDoc[] hits : List.of(a, b)) {
            for (ScoreDoc sd : hits) {
                if (byDoc[sd.doc] == null) {
                    byDoc[sd.doc] = new ScoreDoc(sd.doc, sd.score);
                    total.add(byDoc[sd.doc]);
                } else {
                    byDoc[sd.doc].score += sd.score;
                }
            }
        }
        total.sort(MeasureIndex.BEST_FIRST);
        return total.toArray(ScoreDoc[]::new);
    }

    /**
     * The words of a message that the search would use (not "what", "will"), and of them those that
     * no measure or topic has, not even with one letter wrong, with their share of its weight: all of
     * "playing football tonight", none of "deductions from wages" or "dedcutions". Rare words weigh
     * most, as in the search.
     */
    public Words words(Question question, Language language) {
        try {
            AnalysedQuestion analysed = analyse(question, language);
            // No subject is weighed here: the words beyond the corpus need not be read.
            return questionTerms(analysed, AnalysedQuestion.NONE, language, "").words(this::typoOfKnownWord);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many words of a message the search uses, how many of them the measures do not know, and their share of its weight (0 to 1). */
    public record Words(int count, int unknown, float unknownShare) {

        /** None of the words is one the index knows (also when there are none). */
        public boolean allUnknown() {
            return count == unknown;
        }
    }

    /**
     * The words of the field one edit from the term (a swap counting as two), the first letter
     * right, as it nearly always is; the 20 closest at most.
     */
    private static FuzzyQuery oneEdit(String field, String term) {
        return new FuzzyQuery(new Term(field, term), 1, 1, 20, false);
    }

    private boolean typoOfKnownWord(String field, String term) {
        if (term.length() < FUZZY_MIN_LENGTH) {
            return false;
        }
        try {
            return index.mayHaveOneEditNeighbour(field, term) && index.searcher().count(oneEdit(field, term)) > 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The question analysed once for both passes: what it asks, what it tells, and its words' weights. */
    private record Prepared(AnalysedQuestion main, AnalysedQuestion told, QuestionTerms terms) {}

    private Prepared prepare(Question question, Language language) throws IOException {
        Parts parts = Parts.of(question, false);
        List<String> askingFolded = parts.telling().isEmpty() ? null : foldedTerms(parts.asking(), language);
        boolean apart = askingFolded != null && askingFolded.size() >= ASKING_MIN_TERMS;
        if (askingFolded != null && !apart) {
            // "Can they do that?" points at what was just told: the sentence before it is the point.
            parts = Parts.of(question, true);
            askingFolded = parts.telling().isEmpty() ? null : foldedTerms(parts.asking(), language);
            apart = askingFolded != null && askingFolded.size() >= ASKING_MIN_TERMS;
        }
        AnalysedQuestion main = apart ? analyse(parts.asking(), language, askingFolded) : analyse(question, language);
        AnalysedQuestion told = apart ? analyse(parts.telling(), language).without(main) : AnalysedQuestion.NONE;
        if (main.isEmpty() && told.isEmpty()) {
            return null;
        }
        return new Prepared(main, told, questionTerms(main, told, language, firstWords(question.clean())));
    }

    /** The folded terms of the asking sentences, which tell whether they ask enough to be weighted apart. */
    private List<String> foldedTerms(Question question, Language language) throws IOException {
        return terms(Fields.folded(language), firstWords(question.folded()));
    }

    /** The best {@link #CANDIDATES} documents as measures (a topic's with its shares) and the best not-covered subject. */
    private SearchResult result(ScoreDoc[] scored, Prepared prepared) {
        ScoreDoc[] top = java.util.Arrays.copyOf(scored, Math.min(scored.length, CANDIDATES));
        QuestionTerms terms = prepared.terms();
        Map<String, SearchHit> best = new LinkedHashMap<>();
        SearchResult.NotCoveredHit notCovered = null;
        for (ScoreDoc sd : top) {
            MeasureIndex.Entry doc = index.entry(sd.doc);
            float coverage = terms.coverage(sd.doc);
            if (doc.subject()) {
                // Met only by words of its phrases ("euro" of "curs euro"), a subject is not what is asked.
                if (notCovered == null && terms.meets(doc.id())) {
                    notCovered = new SearchResult.NotCoveredHit(doc.id(), sd.score, coverage, terms.beyondCorpus(doc.id(), sd.doc),
                            List.of(doc.measures()));
                }
                continue;
            }
            String[] measures = doc.measures();
            for (int i = 0; i < measures.length; i++) {
                float share = doc.topic() ? TOPIC_SHARE[Math.min(i, TOPIC_SHARE.length - 1)] : 1f;
                SearchHit hit = new SearchHit(measures[i], sd.score * share, doc.topic() ? doc.id() : null, coverage);
                best.merge(measures[i], hit, MeasureSearch::better);
            }
        }
        List<SearchHit> hits = new ArrayList<>(best.values());
        hits.sort(Comparator.comparingDouble(SearchHit::score).reversed());
        return new SearchResult(hits, Optional.ofNullable(notCovered));
    }

    /** The sentences that ask (with a question mark) and those that tell, when a message has both. */
    private record Parts(Question asking, Question telling) {

        /** With {@code withLead}, the sentence just before the first that asks asks too. */
        static Parts of(Question question, boolean withLead) {
            String[] sentences = TextNormalizer.markedSentences(question.clean());
            if (sentences.length < 2) {
                return new Parts(question, Question.of(""));
            }
            int lead = -1;
            if (withLead) {
                int first = 0;
                while (first < sentences.length && !sentences[first].contains("?")) {
                    first++;
                }
                // None when the message opens with its question (-1) or asks nothing.
                lead = first < sentences.length ? first - 1 : -1;
            }
            StringBuilder asking = new StringBuilder();
            StringBuilder telling = new StringBuilder();
            for (int i = 0; i < sentences.length; i++) {
                (i == lead || sentences[i].contains("?") ? asking : telling).append(sentences[i]).append(' ');
            }
            if (asking.isEmpty() || telling.isEmpty()) {
                return new Parts(question, Question.of(""));
            }
            return new Parts(Question.of(asking.toString()), Question.of(telling.toString()));
        }
    }

    /**
     * The question's terms, once per analyzer: the language's stemmed form (shared by its text,
     * title and keyword fields), the folded form, Bulgarian in Latin letters, and the Dutch forms.
     */
    private record AnalysedQuestion(List<String> stemmed, List<String> folded, List<String> latinBulgarian,
                                    boolean typedInLatin, List<String> dutchStemmed, List<String> dutchFolded) {

        static final AnalysedQuestion NONE = new AnalysedQuestion(List.of(), List.of(), List.of(), false, List.of(), List.of());

        boolean isEmpty() {
            return stemmed.isEmpty() && folded.isEmpty() && latinBulgarian.isEmpty() && dutchStemmed.isEmpty() && dutchFolded.isEmpty();
        }

        /** These terms less those already in {@code main}, so that no word counts twice. */
        AnalysedQuestion without(AnalysedQuestion main) {
            return new AnalysedQuestion(less(stemmed, main.stemmed), less(folded, main.folded),
                    less(latinBulgarian, main.latinBulgarian), typedInLatin, less(dutchStemmed, main.dutchStemmed),
                    less(dutchFolded, main.dutchFolded));
        }

        private static List<String> less(List<String> a, List<String> b) {
            Set<String> drop = new HashSet<>(b);
            List<String> kept = new ArrayList<>(a.size());
            for (String t : a) {
                if (!drop.contains(t)) {
                    kept.add(t);
                }
            }
            return kept;
        }
    }

    private AnalysedQuestion analyse(Question question, Language language) throws IOException {
        return analyse(question, language, null);
    }

    /** {@code foldedTerms}: the question's terms in the language's folded field, when already read (else null). */
    private AnalysedQuestion analyse(Question question, Language language, List<String> foldedTerms) throws IOException {
        if (question.isEmpty()) {
            return AnalysedQuestion.NONE;
        }
        // Cut into words once for all the fields that read the same text.
        List<String> clean = index.words(firstWords(question.clean()));
        List<String> folded = index.words(firstWords(question.folded()));
        boolean bg = language == Language.BG;
        return new AnalysedQuestion(
                terms(Fields.text(language), clean),
                foldedTerms != null ? foldedTerms : terms(Fields.folded(language), folded),
                bg ? terms(Fields.BULGARIAN_LATIN, folded) : List.of(),
                bg && !TextNormalizer.hasCyrillic(question.clean()),
                language.isSource() ? List.of() : terms(Fields.keywords(Language.NL), clean),
                language.isSource() ? List.of() : terms(Fields.folded(Language.NL), folded));
    }

    private List<String> terms(String field, String text) {
        return terms(field, index.words(text));
    }

    /**
     * At most {@link #MAX_TERMS} distinct terms a field, so that no text (Thai and Chinese have no
     * spaces to count words by) can exceed Lucene's clause limit.
     */
    private List<String> terms(String field, List<String> words) {
        Set<String> distinct = new java.util.LinkedHashSet<>();
        for (String term : index.terms(field, words)) {
            if (distinct.size() == MAX_TERMS) {
                break;
            }
            distinct.add(term);
        }
        return List.copyOf(distinct);
    }

    /** The higher score wins; a topic the other hit came through is kept, and so is the better coverage. */
    private static SearchHit better(SearchHit a, SearchHit b) {
        SearchHit win = a.score() >= b.score() ? a : b;
        SearchHit lose = win == a ? b : a;
        return new SearchHit(win.measureId(), win.score(), win.topicId() != null ? win.topicId() : lose.topicId(),
                Math.max(win.coverage(), lose.coverage()), win.throughTopic());
    }

    /**
     * The question's folded words with their weights: rare and unknown words weigh most. {@code text}
     * is the message as asked, read word by word for a subject's whole words ({@link #wholeWordsBeyond}).
     */
    private record QuestionTerms(MeasureIndex index, List<String> fields, Map<String, Double> weights, List<String> ordered,
                                 String keywordField, List<String> stemmed, List<String> toldStemmed, String text,
                                 List<List<BitSet>> holders) {

        /** With, for each weighted term in order, the documents that hold it in each field: looked up once, not per candidate. */
        QuestionTerms(MeasureIndex index, List<String> fields, Map<String, Double> weights, List<String> ordered,
                      String keywordField, List<String> stemmed, List<String> toldStemmed, String text) {
            this(index, fields, weights, ordered, keywordField, stemmed, toldStemmed, text, holders(index, fields, weights.keySet()));
        }

        private static List<List<BitSet>> holders(MeasureIndex index, List<String> fields, Set<String> terms) {
            List<List<BitSet>> holders = new ArrayList<>(terms.size());
            for (String term : terms) {
                List<BitSet> perField = new ArrayList<>(fields.size());
                for (String field : fields) {
                    perField.add(index.holders(field, term));
                }
                holders.add(perField);
            }
            return holders;
        }

        /**
         * The folded terms that stand for a word the subject has as a word of its own and no measure
         * or topic has: the folded fields keep a word's first letters only, so "kinderbijslag"
         * (child benefit) is folded to "kinder" as "kinderen" (children) is, which the measures have;
         * its stemmed form keeps the whole word apart.
         */
        private Set<String> wholeWordsBeyond(String subjectId) {
            Set<String> beyond = new HashSet<>();
            try {
                // The analyzer stems each word alone, so a word's one stem is among the whole text's:
                // when none of those is such a word, no word need be read on its own (most messages).
                if (index.terms(keywordField, text).stream().noneMatch(stem -> wholeWordBeyond(subjectId, stem))) {
                    return beyond;
                }
                for (String word : text.split(" ")) {
                    List<String> stems = index.terms(keywordField, word);
                    if (stems.size() == 1 && wholeWordBeyond(subjectId, stems.getFirst())) {
                        beyond.addAll(index.terms(fields.getFirst(), word));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return beyond;
        }

        /** Whether the stem is a word of the subject's own that no measure or topic has. */
        private boolean wholeWordBeyond(String subjectId, String stem) {
            return index.subjectWord(subjectId, keywordField, stem) && !index.inCorpus(keywordField, stem);
        }

        /**
         * The share of the question's weight that the subject holds and no measure or topic does:
         * words no measure has, and the words of a phrase of the subject no measure has ("child
         * benefit", "kurs euro") although each word alone occurs in the corpus. {@code doc} is the
         * subject's Lucene doc id, for the term holders read once per question.
         */
        float beyondCorpus(String docId, int doc) {
            Set<String> inPhrase = new HashSet<>();
            String field = fields.getFirst();
            for (int i = 1; i < ordered.size(); i++) {
                if (index.subjectPhraseOnly(docId, field, ordered.get(i - 1), ordered.get(i))) {
                    inPhrase.add(ordered.get(i - 1));
                    inPhrase.add(ordered.get(i));
                }
            }
            Set<String> wholeWords = wholeWordsBeyond(docId);
            double total = 0;
            double beyond = 0;
            int term = 0;
            for (var e : weights.entrySet()) {
                total += e.getValue();
                boolean here = holders.get(term++).stream().anyMatch(documents -> documents.get(doc));
                if (here && (wholeWords.contains(e.getKey()) || fields.stream().noneMatch(f -> index.inCorpus(f, e.getKey())))) {
                    beyond += e.getValue();
                } else if (inPhrase.contains(e.getKey())) {
                    // Weaker evidence than a word no measure has: each word alone does occur in the corpus.
                    beyond += e.getValue() * PHRASE_EVIDENCE;
                }
            }
            return total == 0 ? 0f : (float) (beyond / total);
        }

        Words words(java.util.function.BiPredicate<String, String> typoOfKnownWord) {
            double total = 0;
            double unknown = 0;
            int unknownWords = 0;
            for (var e : weights.entrySet()) {
                total += e.getValue();
                String term = e.getKey();
                if (fields.stream().noneMatch(f -> index.inCorpus(f, term) || typoOfKnownWord.test(f, term))) {
                    unknown += e.getValue();
                    unknownWords++;
                }
            }
            return new Words(weights.size(), unknownWords, total == 0 ? 0f : (float) (unknown / total));
        }

        /** Whether one of the subject's words, or two words of one of its phrases, is in the question. */
        boolean meets(String subjectId) {
            Set<String> folded = weights.keySet();
            for (String field : fields) {
                if (folded.stream().anyMatch(term -> index.subjectWord(subjectId, field, term)) || index.subjectPhraseMet(subjectId, field, folded)) {
                    return true;
                }
            }
            Set<String> stems = new HashSet<>(stemmed);
            stems.addAll(toldStemmed);
            return stems.stream().anyMatch(term -> index.subjectWord(subjectId, keywordField, term))
                    || index.subjectPhraseMet(subjectId, keywordField, stems);
        }

        /** The share of the question's weight that the document (a Lucene doc id) holds in any of the fields. */
        float coverage(int doc) {
            double total = 0;
            double covered = 0;
            int term = 0;
            for (double weight : weights.values()) {
                total += weight;
                for (BitSet documents : holders.get(term++)) {
                    if (documents.get(doc)) {
                        covered += weight;
                        break;
                    }
                }
            }
            return total == 0 ? 0f : (float) (covered / total);
        }
    }

    private QuestionTerms questionTerms(AnalysedQuestion main, AnalysedQuestion told, Language language, String text) {
        boolean latin = main.typedInLatin() || (main.folded().isEmpty() && told.typedInLatin());
        String field = latin ? Fields.BULGARIAN_LATIN : Fields.folded(language);
        List<String> fields = language.isSource() ? List.of(field) : List.of(field, Fields.folded(Language.NL));
        int n = index.corpusSize();
        Map<String, Double> weights = new LinkedHashMap<>();
        weigh(latin ? main.latinBulgarian() : main.folded(), fields, n, 1.0, weights);
        weigh(latin ? told.latinBulgarian() : told.folded(), fields, n, properties.circumstanceWeight(), weights);
        return new QuestionTerms(index, fields, weights, latin ? main.latinBulgarian() : main.folded(),
                Fields.keywords(language), main.stemmed(), told.stemmed(), text);
    }

    private void weigh(List<String> terms, List<String> fields, int n, double factor, Map<String, Double> weights) {
        for (String term : terms) {
            int df = 0;
            for (String f : fields) {
                df = Math.max(df, index.corpusDocFreq(f, term));
            }
            boolean background = false;
            for (String f : fields) {
                background |= index.background(f, term);
            }
            double weight = background ? factor * properties.backgroundWeight() : factor;
            weights.putIfAbsent(term, weight * Math.log(1 + (n - df + 0.5) / (df + 0.5)));
        }
    }

    /** The exact search: what the question asks at full weight, what it tells at the circumstances' weight. */
    private FieldGroups exactQuery(Prepared prepared, Language language) {
        FieldGroups query = new FieldGroups();
        addAll(query, prepared.main(), language, 1f);
        addAll(query, prepared.told(), language, properties.circumstanceWeight());
        return query;
    }

    private void addAll(FieldGroups query, AnalysedQuestion q, Language language, float weight) {
        add(query, Fields.text(language), q.stemmed(), 1.0f * weight);
        add(query, Fields.title(language), q.stemmed(), 0.8f * weight);
        add(query, Fields.keywords(language), q.stemmed(), 2.0f * weight);
        add(query, Fields.folded(language), q.folded(), 1.0f * weight);
        // Bulgarian typed in Latin letters meets only this one field, while Cyrillic meets the text,
        // title and keyword fields too: weighed alike, it would score below the same words in Cyrillic.
        add(query, Fields.BULGARIAN_LATIN, q.latinBulgarian(), (q.typedInLatin() ? properties.latinBulgarianWeight() : 1.0f) * weight);
        // Dutch names (DigiD, BSN, RNI, uitzendbureau) turn up in questions in every language.
        add(query, Fields.keywords(Language.NL), q.dutchStemmed(), 0.4f * weight);
        add(query, Fields.folded(Language.NL), q.dutchFolded(), 0.3f * weight);
    }

    private static String firstWords(String text) {
        // Fewer spaces than that many words: at most that many words, and no need to split the text.
        int spaces = 0;
        for (int i = text.indexOf(' '); i >= 0 && spaces < MAX_WORDS; i = text.indexOf(' ', i + 1)) {
            spaces++;
        }
        if (spaces < MAX_WORDS) {
            return text;
        }
        String[] words = text.split(" ");
        return words.length <= MAX_WORDS ? text : String.join(" ", java.util.Arrays.copyOf(words, MAX_WORDS));
    }

    /** Terms the field does not have are left out: they cannot match. A group is added only with a term. */
    private void add(FieldGroups query, String field, List<String> terms, float boost) {
        FieldGroups.Group group = null;
        for (String t : terms) {
            PostingsTable.TermPostings postings = index.postings(field, t);
            if (postings == null) {
                continue;
            }
            if (group == null) {
                group = query.group(field, boost);
            }
            group.members().add(new FieldGroups.Member(t, postings, index.background(field, t) ? properties.backgroundWeight() : 1f));
        }
    }

    /**
     * Words in neither the keyword field nor the text field, long enough to be a typo of a keyword
     * ("mieszkanei"): at most eight.
     */
    private List<String> mayBeTypos(String field, String textField, List<String> terms) {
        return terms.stream()
                .filter(t -> t.length() >= FUZZY_MIN_LENGTH && index.docFreq(field, t) == 0 && index.docFreq(textField, t) == 0
                        && !t.chars().allMatch(Character::isDigit))
                .limit(8).toList();
    }

    private List<String> withNeighbours(String field, List<String> words) {
        return words.stream().filter(t -> index.mayHaveOneEditNeighbour(field, t)).toList();
    }

    /** The words that may be typos looked up in the keywords with one edit; the first letter must be right, as it nearly always is. */
    private static void addFuzzy(BooleanQuery.Builder query, String field, List<String> unknown, float boost) {
        if (unknown.isEmpty()) {
            return;
        }
        BooleanQuery.Builder clause = new BooleanQuery.Builder();
        unknown.forEach(t -> clause.add(oneEdit(field, t), BooleanClause.Occur.SHOULD));
        query.add(new BoostQuery(clause.build(), boost), BooleanClause.Occur.SHOULD);
    }
}

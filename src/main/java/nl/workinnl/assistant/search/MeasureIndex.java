package nl.workinnl.assistant.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.workinnl.assistant.corpus.Measure;
import nl.workinnl.assistant.corpus.Topic;
import nl.workinnl.assistant.language.Language;
import nl.workinnl.assistant.language.Vocabulary;
import nl.workinnl.assistant.translation.LocalizedMeasure;
import nl.workinnl.assistant.translation.LocalizedTopic;
import nl.workinnl.assistant.translation.Translations;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.store.MMapDirectory;
import org.apache.lucene.store.Directory;

/**
 * The in-memory Lucene index, rebuilt from the corpus and translations at start-up: one document per
 * measure and one per topic (a topic document stands for the measures it names).
 */
final class MeasureIndex {

    static final String MEASURE = "measure";
    static final String TOPIC = "topic";
    static final String SUBJECT = "subject";
    /** How many terms of a subject's phrase a question must hold for the phrase to count. */
    private static final int PHRASE_TERMS_MET = 2;

    private final Analyzer analyzer;
    /** The terms of questions' words in each field, the index's own words remembered; null while the index is built. */
    private WordTerms wordTerms;
    private final IndexSearcher searcher;
    /** What {@link #close()} releases: the readers, and the folders the index was written to. */
    private final List<java.io.Closeable> resources = new ArrayList<>();
    private final List<Path> folders = new ArrayList<>();
    /** The folded terms of every document per field, for telling how much of a question a document covers. */
    private final Map<String, Map<String, Set<String>>> foldedTerms = new HashMap<>();
    /**
     * The same inverted: per folded field and term, the documents (by Lucene doc id) that hold it. A
     * question's coverage of each candidate is then a look at a bit, not a lookup of every word in
     * every candidate's terms.
     */
    private final Map<String, Map<String, BitSet>> holders = new HashMap<>();
    /**
     * Per field, the pairs of adjacent terms in any measure or topic, and per not-covered subject its
     * own: "child benefit" is a subject's phrase although "child" and "benefit" each occur in the corpus.
     */
    private final Map<String, Set<String>> corpusPairs = new HashMap<>();
    private final Map<String, Map<String, Set<String>>> subjectPairs = new HashMap<>();
    /** Per not-covered subject and field, the terms that are a line of their own (a word, not a phrase's part). */
    private final Map<String, Map<String, Set<String>>> subjectSingles = new HashMap<>();
    /** Per not-covered subject and field, the distinct terms of each line of several ("zapisać dziecko do szkoły"). */
    private final Map<String, Map<String, List<Set<String>>>> subjectPhrases = new HashMap<>();
    /** Per field, the terms of the background words (understanding.yaml) as that field analyses them. */
    private final Map<String, Set<String>> backgroundTerms = new HashMap<>();
    /** What each document stands for, by Lucene doc id: read once, so no search decompresses stored fields. */
    private Entry[] entries;
    private int corpusSize;
    /**
     * Every term of every field with where its postings start in each segment, and so its document
     * frequency: most words of a question are in no field at all, and the others need no seek of
     * the terms dictionary per search. Read once, as the index is never written after it is built.
     */
    private Map<String, Map<String, TermStates>> termStates;
    /** The same for the measures and topics alone: the weights of a question's words come from the corpus. */
    private Map<String, Map<String, long[]>> corpusStatistics;
    /** Every term's postings, for scoring the exact search's query without Lucene's query execution. */
    private final PostingsTable postings;
    /** Every field's terms by first letter, for telling cheaply that a word has no term one edit away. */
    private OneEditNeighbours neighbours;

    record Entry(String id, String kind, String[] measures) {
        boolean topic() {
            return TOPIC.equals(kind);
        }

        boolean subject() {
            return SUBJECT.equals(kind);
        }
    }

    MeasureIndex(Translations translations, Vocabulary vocabulary, NotCoveredSubjects subjects, SearchProperties properties) {
        Map<String, Analyzer> perField = FieldAnalyzers.perField(vocabulary::fillerWords);
        this.analyzer = FieldAnalyzers.wrap(perField);
        rememberBackground(vocabulary);
        List<Document> corpusDocuments = documents(translations);
        List<Document> subjectDocuments = new ArrayList<>();
        Map<String, Set<String>> everyday = everydayTerms(subjects);
        subjects.subjects().forEach((id, subject) -> subjectDocuments.add(subjectDocument(id, subject, everyday)));
        try {
            Directory all = localDirectory(folders);
            Directory corpusOnly = localDirectory(folders);
            write(corpusOnly, corpusDocuments, properties);
            List<Document> everything = new ArrayList<>(corpusDocuments);
            everything.addAll(subjectDocuments);
            write(all, everything, properties);
            for (Document doc : everything) {
                rememberTerms(doc);
            }
            DirectoryReader corpusReader = DirectoryReader.open(corpusOnly);
            corpusStatistics = termStatistics(corpusReader);
            DirectoryReader allReader = DirectoryReader.open(all);
            searcher = new CorpusStatisticsSearcher(allReader, corpusReader, corpusStatistics);
            resources.addAll(List.of(allReader, corpusReader, all, corpusOnly));
            var stored = searcher.storedFields();
            entries = new Entry[searcher.getIndexReader().maxDoc()];
            for (int doc = 0; doc < entries.length; doc++) {
                Document d = stored.document(doc);
                String measures = d.get(Fields.MEASURES);
                entries[doc] = new Entry(d.get(Fields.ID), d.get(Fields.KIND), measures.isEmpty() ? new String[0] : measures.split(","));
            }
            termStates = termStates(searcher.getIndexReader());
            wordTerms = new WordTerms(analyzer, perField, (field, term) -> docFreq(field, term) > 0);
            Map<String, Set<String>> terms = new HashMap<>();
            termStates.forEach((field, states) -> terms.put(field, states.keySet()));
            neighbours = new OneEditNeighbours(terms);
            rememberHolders();
            corpusSize = corpusReader.numDocs();
        } catch (IOException e) {
            throw new UncheckedIOException("building the in-memory index failed", e);
        }
        searcher.setSimilarity(new BM25Similarity(properties.k1(), properties.b()));
        try {
            postings = new PostingsTable(searcher, termStates);
        } catch (IOException e) {
            throw new UncheckedIOException("reading the index's postings failed", e);
        }
    }

    private void write(Directory directory, List<Document> documents, SearchProperties properties) throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(analyzer).setSimilarity(new BM25Similarity(properties.k1(), properties.b()));
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (Document doc : documents) {
                writer.addDocument(doc);
            }
            writer.commit();
        }
    }

    /**
     * Per field and term, the document frequency and total term frequency in the reader: read once at
     * start-up, so that no search seeks a term to weigh it or to learn that the index lacks it.
     */
    private static Map<String, Map<String, long[]>> termStatistics(IndexReader reader) throws IOException {
        Map<String, Map<String, long[]>> stats = new HashMap<>();
        forEachTerm(reader, (field, te, leaf) -> {
            long[] s = stats.computeIfAbsent(field, k -> new HashMap<>()).computeIfAbsent(te.term().utf8ToString(), k -> new long[2]);
            s[0] += te.docFreq();
            s[1] += te.totalTermFreq();
        });
        return stats;
    }

    /** Per field and term, the term's states in every segment of the reader, with its statistics. */
    private static Map<String, Map<String, TermStates>> termStates(IndexReader reader) throws IOException {
        Map<String, Map<String, TermStates>> states = new HashMap<>();
        forEachTerm(reader, (field, te, leaf) -> states.computeIfAbsent(field, k -> new HashMap<>())
                .computeIfAbsent(te.term().utf8ToString(), k -> new TermStates(reader.getContext()))
                .register(te.termState(), leaf, te.docFreq(), te.totalTermFreq()));
        return states;
    }

    /** What is done with each term of each field of each segment, the enum positioned on it. */
    private interface TermVisitor {
        void visit(String field, TermsEnum term, int leaf) throws IOException;
    }

    private static void forEachTerm(IndexReader reader, TermVisitor visitor) throws IOException {
        for (var leaf : reader.leaves()) {
            for (var info : leaf.reader().getFieldInfos()) {
                Terms terms = leaf.reader().terms(info.name);
                if (terms == null) {
                    continue;
                }
                TermsEnum te = terms.iterator();
                while (te.next() != null) {
                    visitor.visit(info.name, te, leaf.ord);
                }
            }
        }
    }

    /**
     * A small index on local disk, memory-mapped: searching it costs less than a ByteBuffersDirectory,
     * whose every read slices and copies its buffer lists. The folder is removed on close, or when the JVM exits.
     */
    private static Directory localDirectory(List<Path> folders) {
        try {
            Path dir = Files.createTempDirectory("workinnl-index");
            folders.add(dir);
            LIVE_FOLDERS.add(dir);
            return new MMapDirectory(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the index folder", e);
        }
    }

    /**
     * Unmaps and deletes the index once no search can use it any more (after a live reload): the
     * mapped memory is released only on close, not by the garbage collector.
     */
    void close() {
        for (java.io.Closeable resource : resources) {
            try {
                resource.close();
            } catch (IOException ignored) {
                // a reader of a retired index; nothing else reads it
            }
        }
        folders.forEach(MeasureIndex::deleteQuietly);
        LIVE_FOLDERS.removeAll(folders);
    }

    /**
     * The folders of the indexes not yet closed, deleted by one shutdown hook: a hook (or a
     * deleteOnExit entry) per index would pile up with every live reload.
     */
    private static final Set<Path> LIVE_FOLDERS = java.util.concurrent.ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> LIVE_FOLDERS.forEach(MeasureIndex::deleteQuietly), "index-folders"));
    }

    private static void deleteQuietly(Path dir) {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // the JVM is exiting; a left-over temporary folder is harmless
        }
    }

    private static List<Document> documents(Translations translations) {
        List<Document> docs = new ArrayList<>();
        translations.corpus().measures().forEach(m -> docs.add(measureDocument(m, translations)));
        translations.corpus().topics().forEach(t -> docs.add(topicDocument(t, translations)));
        return docs;
    }

    /**
     * A subject the measures do not cover: only its words, in the keyword and folded fields of each
     * language. In a field where a word of the subject comes out as an everyday word does ("allowance"
     * and "allowed" both stem to "allow"), the word is left out of that field: the folded field, which
     * keeps more of the word as written, still has it.
     */
    private Document subjectDocument(String id, NotCoveredSubjects.Subject subject, Map<String, Set<String>> everyday) {
        Document doc = new Document();
        doc.add(new StringField(Fields.ID, id, Field.Store.YES));
        doc.add(new StringField(Fields.KIND, SUBJECT, Field.Store.YES));
        doc.add(new StoredField(Fields.MEASURES, String.join(",", subject.touches())));
        for (Language l : Language.values()) {
            for (String field : subjectFields(l)) {
                addText(doc, field, withoutEveryday(field, subject.words(l), everyday.getOrDefault(field, Set.of())));
            }
        }
        return doc;
    }

    /** The fields a subject's words of the language go into. */
    private static List<String> subjectFields(Language l) {
        return l == Language.BG ? List.of(Fields.keywords(l), Fields.folded(l), Fields.BULGARIAN_LATIN)
                : List.of(Fields.keywords(l), Fields.folded(l));
    }

    /** Per field of the subjects, the terms the everyday words of its language come out as: read once at start-up. */
    private Map<String, Set<String>> everydayTerms(NotCoveredSubjects subjects) {
        Map<String, Set<String>> terms = new HashMap<>();
        try {
            for (Language l : Language.values()) {
                for (String field : subjectFields(l)) {
                    Set<String> fieldTerms = new HashSet<>();
                    for (String word : subjects.everydayWords(l)) {
                        fieldTerms.addAll(terms(field, word));
                    }
                    terms.put(field, Set.copyOf(fieldTerms));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    /** The subject's lines, one phrase a line, without the words whose term in the field is an everyday word's. */
    private String withoutEveryday(String field, List<String> lines, Set<String> everyday) {
        try {
            List<String> kept = new ArrayList<>();
            for (String line : lines) {
                List<String> words = new ArrayList<>();
                for (String word : line.split(" ")) {
                    List<String> terms = everyday.isEmpty() ? List.of() : terms(field, word);
                    if (terms.isEmpty() || !everyday.containsAll(terms)) {
                        words.add(word);
                    }
                }
                kept.add(String.join(" ", words));
            }
            return String.join("\n", kept);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void rememberTerms(Document doc) throws IOException {
        Map<String, Set<String>> perField = new HashMap<>();
        boolean subject = SUBJECT.equals(doc.get(Fields.KIND));
        String id = doc.get(Fields.ID);
        Map<String, Set<String>> pairs = subject ? subjectPairs.computeIfAbsent(id, k -> new HashMap<>()) : corpusPairs;
        for (var field : doc.getFields()) {
            String name = field.name();
            boolean folded = Fields.isFolded(name);
            // A subject's stemmed lines too: "szkoły podstawowej" meets "szkoła podstawowa" only stemmed.
            boolean subjectLines = subject && (folded || Fields.isKeywords(name));
            if (!folded && !subjectLines) {
                continue;
            }
            // Line by line, as a subject's words are one phrase a line: no pair spans two of them.
            for (String line : field.stringValue().split("\n")) {
                List<String> terms = terms(name, line);
                if (subjectLines) {
                    rememberSubjectLine(id, name, Set.copyOf(terms));
                }
                if (folded) {
                    perField.computeIfAbsent(name, k -> new HashSet<>()).addAll(terms);
                    Set<String> fieldPairs = pairs.computeIfAbsent(name, k -> new HashSet<>());
                    for (int i = 1; i < terms.size(); i++) {
                        fieldPairs.add(terms.get(i - 1) + ' ' + terms.get(i));
                    }
                }
            }
        }
        foldedTerms.put(doc.get(Fields.ID), perField);
    }

    /** One line of a subject: a word of its own, or a phrase whose words count two together. */
    private void rememberSubjectLine(String id, String field, Set<String> terms) {
        if (terms.size() == 1) {
            subjectSingles.computeIfAbsent(id, k -> new HashMap<>()).computeIfAbsent(field, k -> new HashSet<>()).addAll(terms);
        } else if (terms.size() > 1) {
            subjectPhrases.computeIfAbsent(id, k -> new HashMap<>()).computeIfAbsent(field, k -> new ArrayList<>()).add(terms);
        }
    }

    /** Whether the term is a line of the not-covered subject on its own, not only a word of one of its phrases. */
    boolean subjectWord(String subjectId, String field, String term) {
        return subjectSingles.getOrDefault(subjectId, Map.of()).getOrDefault(field, Set.of()).contains(term);
    }

    /**
     * Whether two terms of one of the subject's phrases are among the terms, in any order and with
     * other words between them ("zapisać syna do szkoły" for "zapisać dziecko do szkoły"): one alone
     * ("euro" of "curs euro") is an everyday word, not the subject.
     */
    boolean subjectPhraseMet(String subjectId, String field, Set<String> terms) {
        for (Set<String> phrase : subjectPhrases.getOrDefault(subjectId, Map.of()).getOrDefault(field, List.of())) {
            int met = 0;
            for (String term : phrase) {
                if (terms.contains(term) && ++met == PHRASE_TERMS_MET) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the two adjacent terms are a phrase of the not-covered subject that no measure or topic has. */
    boolean subjectPhraseOnly(String subjectId, String field, String first, String second) {
        String pair = first + ' ' + second;
        return subjectPairs.getOrDefault(subjectId, Map.of()).getOrDefault(field, Set.of()).contains(pair)
                && !corpusPairs.getOrDefault(field, Set.of()).contains(pair);
    }

    /**
     * Every language's background words through every field's analyzer: a question's Dutch fields
     * are searched with words of all languages, so "Polsce" must be known there too.
     */
    private void rememberBackground(Vocabulary vocabulary) {
        List<String> fields = new ArrayList<>(List.of(Fields.BULGARIAN_LATIN));
        for (Language l : Language.values()) {
            fields.addAll(List.of(Fields.text(l), Fields.title(l), Fields.keywords(l), Fields.folded(l)));
        }
        try {
            for (String field : fields) {
                Set<String> terms = new HashSet<>();
                for (Language l : Language.values()) {
                    for (String words : vocabulary.backgroundWords(l)) {
                        terms.addAll(terms(field, words));
                    }
                }
                backgroundTerms.put(field, Set.copyOf(terms));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the term, in the field, is one of the background words: where the asker comes from or lives. */
    boolean background(String field, String term) {
        return backgroundTerms.getOrDefault(field, Set.of()).contains(term);
    }

    /** Whether any measure or topic document has the term in the field. */
    boolean inCorpus(String field, String term) {
        return corpusDocFreq(field, term) > 0;
    }

    /** The words of a text, as every field's analyzer cuts it: for {@link #terms(String, List)}. */
    List<String> words(String text) {
        return wordTerms.words(text);
    }

    /** The terms the field's analyzer makes of a text's words ({@link #words}). */
    List<String> terms(String field, List<String> words) {
        return wordTerms.terms(field, words);
    }

    /** The terms the field's analyzer makes of a text. */
    List<String> terms(String field, String text) throws IOException {
        return wordTerms != null ? wordTerms.terms(field, wordTerms.words(text)) : analysed(field, text);
    }

    private List<String> analysed(String field, String text) {
        return WordTerms.analyse(analyzer, field, text);
    }

    /** The folded terms a document holds in the field (what {@code SearchExplainer} shows beside each term). */
    Set<String> documentTerms(String docId, String field) {
        return foldedTerms.getOrDefault(docId, Map.of()).getOrDefault(field, Set.of());
    }

    /** The documents, by Lucene doc id, whose folded terms in the field hold the term. */
    BitSet holders(String field, String term) {
        return holders.getOrDefault(field, Map.of()).getOrDefault(term, NO_DOCUMENTS);
    }

    private static final BitSet NO_DOCUMENTS = new BitSet();

    private void rememberHolders() {
        for (int doc = 0; doc < entries.length; doc++) {
            for (var field : foldedTerms.getOrDefault(entries[doc].id(), Map.of()).entrySet()) {
                Map<String, BitSet> byTerm = holders.computeIfAbsent(field.getKey(), k -> new HashMap<>());
                for (String term : field.getValue()) {
                    byTerm.computeIfAbsent(term, k -> new BitSet()).set(doc);
                }
            }
        }
    }

    /** How many documents (subjects included) hold the term in the field; 0 for a term the index does not have. */
    int docFreq(String field, String term) {
        TermStates states = termStates.getOrDefault(field, Map.of()).get(term);
        return states == null ? 0 : states.docFreq();
    }

    /** A query for a term the field has (null for one it lacks: it cannot match), its postings found without a seek. */
    TermQuery knownTermQuery(String field, String term) {
        Map<String, TermStates> states = termStates.get(field);
        TermStates known = states == null ? null : states.get(term);
        return known == null || known.docFreq() == 0 ? null : new TermQuery(new Term(field, term), known);
    }

    /** The postings of a term the field has, or null for one it lacks (it cannot match). */
    PostingsTable.TermPostings postings(String field, String term) {
        return postings.get(field, term);
    }

    /**
     * Every document the query matches with its score, as {@link #scoreAll(Query)} gives them for
     * the query as Lucene's: read from the postings table, or by Lucene where that cannot promise
     * the same scores.
     */
    ScoreDoc[] scoreAll(FieldGroups query) throws IOException {
        ScoreDoc[] direct = scoreFromPostings(query);
        return direct != null ? direct : scoreAll(query.toLucene(this));
    }

    /** The query's hits read from the postings table; null where only Lucene can promise its own scores. */
    ScoreDoc[] scoreFromPostings(FieldGroups query) {
        return postings.score(query);
    }

    /**
     * False when a query for the term with one edit, its first letter right, can match nothing in
     * the field (no term one edit away); true when it may.
     */
    boolean mayHaveOneEditNeighbour(String field, String term) {
        return neighbours.mayHave(field, term);
    }

    /** How many measures and topics hold the term in the field. */
    int corpusDocFreq(String field, String term) {
        return docFreq(corpusStatistics, field, term);
    }

    private static int docFreq(Map<String, Map<String, long[]>> statistics, String field, String term) {
        long[] stats = statistics.getOrDefault(field, Map.of()).get(term);
        return stats == null ? 0 : (int) stats[0];
    }

    /** The number of documents: measures, topics and not-covered subjects. */
    int size() {
        return entries.length;
    }

    /** The number of measures and topics. */
    int corpusSize() {
        return corpusSize;
    }

    Entry entry(int doc) {
        return entries[doc];
    }

    IndexSearcher searcher() {
        return searcher;
    }

    /**
     * Every document the query matches with its score, best first and ties by document, as
     * {@code searcher.search(query, size())} gives them: each leaf is scored as IndexSearcher scores
     * it (the same scorer, so the same scores to the bit), without the task executor and the top-hits
     * queue that only a large index needs.
     */
    ScoreDoc[] scoreAll(Query query) throws IOException {
        Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.TOP_SCORES, 1f);
        List<ScoreDoc> hits = new ArrayList<>();
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            ScorerSupplier supplier = weight.scorerSupplier(leaf);
            if (supplier == null) {
                continue;
            }
            supplier.setTopLevelScoringClause();
            supplier.bulkScorer().score(new LeafCollector() {
                private Scorable scorer;

                @Override
                public void setScorer(Scorable scorer) {
                    this.scorer = scorer;
                }

                @Override
                public void collect(int doc) throws IOException {
                    hits.add(new ScoreDoc(leaf.docBase + doc, scorer.score()));
                }
            }, leaf.reader().getLiveDocs(), 0, DocIdSetIterator.NO_MORE_DOCS);
        }
        hits.sort(BEST_FIRST);
        return hits.toArray(ScoreDoc[]::new);
    }

    /** Lucene's order of hits: the higher score first, then the lower document. */
    static final java.util.Comparator<ScoreDoc> BEST_FIRST = (a, b) -> a.score != b.score ? Float.compare(b.score, a.score)
            : Integer.compare(a.doc, b.doc);

    private static Document measureDocument(Measure m, Translations translations) {
        Document doc = new Document();
        doc.add(new StringField(Fields.ID, m.id(), Field.Store.YES));
        doc.add(new StringField(Fields.KIND, MEASURE, Field.Store.YES));
        doc.add(new StoredField(Fields.MEASURES, m.id()));
        for (Language l : Language.values()) {
            LocalizedMeasure lm = translations.measure(m, l);
            List<String> keywords = translations.measureKeywords(m, l);
            boolean own = l.isSource() || lm.translated();
            List<String> text = new ArrayList<>();
            if (own) {
                text.add(lm.summary());
                text.add(lm.forYou());
                text.addAll(lm.keyFacts());
                addText(doc, Fields.title(l), lm.title());
            }
            if (l.isSource()) {
                text.add(m.officialText());
            }
            addText(doc, Fields.text(l), String.join("\n", text));
            addText(doc, Fields.keywords(l), String.join("\n", keywords));
            String all = String.join("\n", own ? lm.title() : "", String.join("\n", keywords),
                    own ? lm.summary() : "", own ? lm.forYou() : "");
            addText(doc, Fields.folded(l), all);
            if (l == Language.BG) {
                addText(doc, Fields.BULGARIAN_LATIN, all);
            }
        }
        return doc;
    }

    private static Document topicDocument(Topic t, Translations translations) {
        Document doc = new Document();
        doc.add(new StringField(Fields.ID, t.id(), Field.Store.YES));
        doc.add(new StringField(Fields.KIND, TOPIC, Field.Store.YES));
        doc.add(new StoredField(Fields.MEASURES, String.join(",", t.measures())));
        for (Language l : Language.values()) {
            LocalizedTopic lt = translations.topic(t, l);
            boolean own = l.isSource() || lt.translated();
            if (own) {
                addText(doc, Fields.title(l), lt.title());
                addText(doc, Fields.text(l), lt.text());
            }
            addText(doc, Fields.keywords(l), String.join("\n", lt.translated() || l.isSource() ? lt.keywords() : List.of()));
            String all = own ? String.join("\n", lt.title(), String.join("\n", lt.keywords()), lt.text()) : "";
            addText(doc, Fields.folded(l), all);
            if (l == Language.BG) {
                addText(doc, Fields.BULGARIAN_LATIN, all);
            }
        }
        return doc;
    }

    private static void addText(Document doc, String field, String text) {
        if (text != null && !text.isBlank()) {
            doc.add(new TextField(field, text, Field.Store.NO));
        }
    }
}

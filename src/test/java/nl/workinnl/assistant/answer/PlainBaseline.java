package nl.workinnl.assistant.answer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import nl.workinnl.assistant.corpus.Corpus;
import nl.workinnl.assistant.corpus.Measure;
import nl.workinnl.assistant.language.Language;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;

/**
 * The plain baseline the README compares with: one Dutch field (title, texts and keywords of each
 * measure), StandardAnalyzer, default BM25, no language handling, no staff answers, never declines.
 */
final class PlainBaseline {

    private final IndexSearcher searcher;
    private final QueryBuilder builder = new QueryBuilder(new StandardAnalyzer());
    private final Corpus corpus;

    PlainBaseline(Corpus corpus) throws IOException {
        this.corpus = corpus;
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()))) {
            for (Measure m : corpus.measures()) {
                Document d = new Document();
                d.add(new StringField("id", m.id(), Field.Store.YES));
                d.add(new TextField("nl", String.join("\n", m.title(), m.summary(), m.forYou(), m.officialText(),
                        String.join("\n", m.keywords())), Field.Store.NO));
                w.addDocument(d);
            }
        }
        searcher = new IndexSearcher(DirectoryReader.open(dir));
    }

    Answer ask(String text) throws IOException {
        Query q = builder.createBooleanQuery("nl", text, BooleanClause.Occur.SHOULD);
        List<Citation> citations = new ArrayList<>();
        if (q != null) {
            for (ScoreDoc sd : searcher.search(q, 3).scoreDocs) {
                Measure m = corpus.measure(searcher.storedFields().document(sd.doc).get("id")).orElseThrow();
                citations.add(new Citation(m.id(), m.title(), m.theme(), m.status(), "", m.statusDate(), ""));
            }
        }
        return Answer.of(Language.NL, !citations.isEmpty(), List.of(new AnswerPart.Lead(text)), citations, Answer.Kind.TOPIC);
    }
}

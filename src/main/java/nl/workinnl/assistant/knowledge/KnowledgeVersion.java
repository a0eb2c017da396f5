package nl.workinnl.assistant.knowledge;

import nl.workinnl.assistant.answer.Assistant;
import nl.workinnl.assistant.corpus.Corpus;
import nl.workinnl.assistant.translation.Messages;
import nl.workinnl.assistant.translation.Translations;

/**
 * One complete, validated version of the data with everything built from it (the Lucene index, the
 * staff parser, the detector: all inside the assistant). Immutable, and replaced only as a whole,
 * so whoever took it answers entirely from one version even while a newer one is swapped in.
 */
public record KnowledgeVersion(DataVersion version, Translations translations, Assistant assistant) {

    public Corpus corpus() {
        return translations.corpus();
    }

    public Messages messages() {
        return translations.messages();
    }

    /** Releases the index; see {@link KnowledgeReloader} for when. */
    void retire() {
        assistant.close();
    }
}

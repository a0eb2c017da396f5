package nl.workinnl.assistant.corpus;

/** A theme as the JSON API shows it, with how many measures it holds. */
record ThemeView(String id, String name, String summary, String intro, long measures) {

    static ThemeView of(Theme t, Corpus corpus) {
        long count = corpus.measures().stream().filter(m -> m.theme().equals(t.id())).count();
        return new ThemeView(t.id(), t.name(), t.summary(), t.intro(), count);
    }
}

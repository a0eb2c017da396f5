package nl.workinnl.assistant.edition;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import nl.workinnl.assistant.corpus.CorpusLoader;
import nl.workinnl.assistant.corpus.EditionStatus;
import nl.workinnl.assistant.corpus.Measure;
import nl.workinnl.assistant.corpus.Status;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The measure file of a new measure, and the check that an edited file says exactly what the import meant. */
final class MeasureStub {

    private static final String TODO = CorpusLoader.PLACEHOLDER;
    private static final YAMLMapper MAPPER = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .build();

    private MeasureStub() {}

    /** In the field order of the other measure files; the editor fields hold TODO, which the corpus check refuses. */
    static String render(OverviewMeasure m, String edition, String sourceKey) {
        return String.join("\n",
                "# Added by the import of edition " + edition + ". An editor writes the fields that say " + TODO
                        + " (see corpus/README.md); the service does not start until then.",
                "id: " + m.id(),
                "theme: " + m.theme(),
                YamlFieldEditor.scalar("number", m.number()),
                YamlFieldEditor.scalar("title", m.title()),
                YamlFieldEditor.scalar("shortAnswer", TODO + ": one to three plain sentences (B1) on what the measure means for a labour migrant"),
                "status: " + m.status().name(),
                YamlFieldEditor.scalar("statusDate", edition),
                history(List.of(new EditionStatus(edition, m.status()))),
                "source: " + sourceKey,
                YamlFieldEditor.scalar("summary", TODO + ": plain Dutch (B1), what the measure is, 2-4 short sentences"),
                YamlFieldEditor.scalar("forYou", TODO + ": plain Dutch (B1), what it means for a labour migrant, 1-3 short sentences"),
                YamlFieldEditor.literalBlock("officialText", m.officialText()),
                "keywords:",
                "  - " + TODO,
                "");
    }

    static String history(List<EditionStatus> history) {
        return "history:\n" + history.stream()
                .map(h -> "  - { edition: \"" + h.edition() + "\", status: " + h.status().name() + " }")
                .collect(Collectors.joining("\n"));
    }

    /** Guards against an edit that the text editing got wrong: nothing is written then. */
    static void verify(String file, String content, Measure before, Status status, String edition, String title,
                       String officialText, List<EditionStatus> history) {
        Measure after;
        try {
            after = MAPPER.readValue(content, Measure.class);
        } catch (RuntimeException e) {
            throw new IllegalStateException(file + ": the import's edit does not read back (" + e.getMessage() + "); nothing was written", e);
        }
        String wrong = after.status() != status ? "status"
                : !after.statusDate().equals(edition) ? "statusDate"
                : !after.title().equals(title) ? "title"
                : !after.officialText().equals(officialText) ? "officialText"
                : !after.history().equals(history) ? "history"
                : !sameEditorFields(before, after) ? "an editor field" : null;
        if (wrong != null) {
            throw new IllegalStateException(file + ": the import's edit would change " + wrong + " wrongly; nothing was written");
        }
    }

    private static boolean sameEditorFields(Measure a, Measure b) {
        return a.id().equals(b.id()) && a.theme().equals(b.theme()) && a.number().equals(b.number())
                && a.source().equals(b.source()) && a.shortAnswer().equals(b.shortAnswer()) && a.summary().equals(b.summary())
                && a.forYou().equals(b.forYou()) && a.keyFacts().equals(b.keyFacts()) && a.related().equals(b.related())
                && Objects.equals(a.keywords(), b.keywords());
    }
}

package nl.workinnl.assistant.edition;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.workinnl.assistant.corpus.Catalogue;
import nl.workinnl.assistant.corpus.DataFileReader;
import nl.workinnl.assistant.corpus.DataProblem;
import nl.workinnl.assistant.corpus.Measure;
import nl.workinnl.assistant.corpus.Theme;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The corpus folder as the import finds it: each file read and checked on its own, but not the
 * checks across files, so that stubs of new measures from an earlier run (still holding TODO) do
 * not stop a second run.
 */
record CorpusFiles(Path dir, Catalogue catalogue, List<Theme> themes, Map<String, Measure> measures) {

    static CorpusFiles read(Path dir) {
        Validator validator = Validation.buildDefaultValidatorFactory().getValidator();
        DataFileReader reader = new DataFileReader(new PathMatchingResourcePatternResolver(),
                "file:" + dir.toAbsolutePath() + "/", "corpus", validator);
        List<DataProblem> problems = new ArrayList<>();
        var catalogue = reader.readOne("catalogue.yaml", Catalogue.class, problems);
        var themes = reader.readAll("themes", Theme.class, problems);
        var measures = reader.readAll("measures", Measure.class, problems);
        if (!problems.isEmpty()) {
            throw new ImportRefusedException("the corpus in " + dir + " has mistakes; fix them first:\n"
                    + problems.stream().map(p -> "  - " + p).collect(Collectors.joining("\n")));
        }
        Map<String, Measure> byId = new LinkedHashMap<>();
        for (var m : measures) {
            // The import finds a measure's file by its id.
            if (!m.baseName().equals(m.value().id())) {
                throw new ImportRefusedException(m.file() + ": field 'id': '" + m.value().id() + "' must equal the file name '"
                        + m.baseName() + "'; fix it first");
            }
            byId.put(m.value().id(), m.value());
        }
        return new CorpusFiles(dir, catalogue.orElseThrow().value(), themes.stream().map(DataFileReader.Read::value).toList(), byId);
    }

    Path measureFile(String id) {
        return dir.resolve("measures").resolve(id + ".yaml");
    }

    Path catalogueFile() {
        return dir.resolve("catalogue.yaml");
    }
}

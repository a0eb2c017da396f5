package nl.workinnl.assistant.corpus;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.StringUtils;

/**
 * Where the corpus and translations are read from. Empty means the copy packaged in the jar; a
 * directory lets editors change the data without building.
 */
@ConfigurationProperties("assistant")
public record DataLocations(String corpusDir, String translationsDir) {

    public String corpusLocation() {
        return location(corpusDir, "corpus");
    }

    public String translationsLocation() {
        return location(translationsDir, "translations");
    }

    private static String location(String dir, String packaged) {
        return StringUtils.hasText(dir) ? "file:" + (dir.endsWith("/") ? dir : dir + "/") : "classpath:" + packaged + "/";
    }
}

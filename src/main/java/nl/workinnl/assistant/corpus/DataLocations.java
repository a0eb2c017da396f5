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

    /** How files from the corpus are named in messages: by the directory read, so that an editor finds them. */
    public String corpusDisplayRoot() {
        return displayRoot(corpusDir, "corpus");
    }

    public String translationsDisplayRoot() {
        return displayRoot(translationsDir, "translations");
    }

    private static String displayRoot(String dir, String packaged) {
        if (!StringUtils.hasText(dir)) {
            return packaged;
        }
        return dir.length() > 1 && dir.endsWith("/") ? dir.substring(0, dir.length() - 1) : dir;
    }

    private static String location(String dir, String packaged) {
        return StringUtils.hasText(dir) ? "file:" + (dir.endsWith("/") ? dir : dir + "/") : "classpath:" + packaged + "/";
    }
}

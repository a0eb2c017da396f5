package nl.workinnl.assistant.widget;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.workinnl.assistant.corpus.Status;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** One colour per status in the widget's badges, the pages' badges and the overview chart. */
class StatusPaletteTest {

    private static String colour(String css, String rule, String property) {
        Matcher m = Pattern.compile(Pattern.quote(rule) + "\\s*\\{[^}]*?(?<![-\\w])" + property + ":\\s*(#[0-9a-fA-F]{3,6})").matcher(css);
        assertThat(m.find()).as(rule + " " + property).isTrue();
        return m.group(1).toLowerCase();
    }

    @ParameterizedTest
    @EnumSource(Status.class)
    void eachStatusHasOneColourEverywhere(Status status) throws Exception {
        String widget = Files.readString(Path.of("src/main/resources/static/widget.css"));
        String site = Files.readString(Path.of("src/main/resources/static/site.css"));
        String colour = colour(widget, ".badge--" + status.name(), "background");
        assertThat(colour(site, ".badge--" + status.name(), "background")).isEqualTo(colour);
        assertThat(colour(site, ".seg--" + status.name(), "fill")).isEqualTo(colour);
    }
}

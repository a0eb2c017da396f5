package nl.workinnl.assistant.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class TelegramHtmlTest {

    @Test
    void escapesEveryMarkupCharacter() {
        assertThat(TelegramHtml.escape("<b>A & B</b>")).isEqualTo("&lt;b&gt;A &amp; B&lt;/b&gt;");
        assertThat(TelegramHtml.link("https://x/?a=1&b=\"2\"", "<t>")).isEqualTo("<a href=\"https://x/?a=1&amp;b=&quot;2&quot;\">&lt;t&gt;</a>");
    }

    @Test
    void longTextsAreSplitOnParagraphBoundaries() {
        String paragraph = "a".repeat(1500);
        String text = String.join("\n\n", paragraph, paragraph, paragraph, paragraph);
        List<String> parts = TelegramHtml.split(text, TelegramHtml.MAX_MESSAGE);
        assertThat(parts).hasSize(2).allSatisfy(p -> assertThat(p.length()).isLessThanOrEqualTo(4096));
        assertThat(parts.getFirst()).isEqualTo(paragraph + "\n\n" + paragraph);
        assertThat(String.join("\n\n", parts)).isEqualTo(text);
    }

    @Test
    void aParagraphLongerThanTheLimitIsSplitAtLineEnds() {
        String line = "b".repeat(3000);
        List<String> parts = TelegramHtml.split(line + "\n" + line, TelegramHtml.MAX_MESSAGE);
        assertThat(parts).containsExactly(line, line);
        assertThat(TelegramHtml.split("c".repeat(9000), 4096)).extracting(String::length).containsExactly(4096, 4096, 808);
    }

    @Test
    void callbackDataStaysWithin64BytesAndParsesBack() {
        String data = CallbackData.feedback("registratie-2a", true);
        assertThat(data.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(64);
        assertThat(CallbackData.parse(data)).contains(new CallbackData.Feedback("registratie-2a", true));
        assertThat(CallbackData.parse("m:werk-1")).contains(new CallbackData.OpenMeasure("werk-1"));
        assertThat(CallbackData.parse(CallbackData.suggestion("werk-4"))).contains(new CallbackData.ChooseSuggestion("werk-4"));
        assertThat(CallbackData.parse("x:y")).isEmpty();
        assertThat(CallbackData.parse(null)).isEmpty();
        assertThatThrownBy(() -> CallbackData.measure("ж".repeat(40))).isInstanceOf(IllegalArgumentException.class);
    }
}

package nl.workinnl.assistant.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.workinnl.assistant.answer.AnswerPart;
import nl.workinnl.assistant.answer.Citation;
import nl.workinnl.assistant.corpus.Status;
import org.junit.jupiter.api.Test;

/** Answer parts become Telegram HTML without any text being searched: links come from the parts. */
class AnswerHtmlTest {

    private static final Citation WERK_4 = new Citation("werk-4", "Rechtsvermoeden <bij> onderbetaling", "werk", Status.VERTRAAGD,
            "In uitvoering, vertraagd", "2025-11", "/nl/measures/werk-4");

    @Test
    void partsBecomeEscapedHtmlWithLinksToThePublicSite() {
        String html = new AnswerHtml("https://assistant.example").render(List.of(
                new AnswerPart.Lead("Kort & goed"),
                new AnswerPart.Section("Wat betekent dit voor u?", "U krijgt <minstens> het minimumloon."),
                new AnswerPart.MeasureLink(WERK_4, "Status: In uitvoering, vertraagd (stand november 2025)", "Lees meer"),
                new AnswerPart.MeasureList("Zie ook:", List.of(WERK_4))));
        assertThat(html).startsWith("Kort &amp; goed\n\n<b>Wat betekent dit voor u?</b>\nU krijgt &lt;minstens&gt; het minimumloon.")
                .contains("Status: In uitvoering, vertraagd (stand november 2025)\n<a href=\"https://assistant.example/nl/measures/werk-4\">Lees meer</a>")
                .contains("• <a href=\"https://assistant.example/nl/measures/werk-4\">Rechtsvermoeden &lt;bij&gt; onderbetaling</a> — In uitvoering, vertraagd")
                .doesNotContain("<bij>");
    }

    @Test
    void theCitedMeasureIsNamedOnceBeforeItsStatus() {
        AnswerHtml html = new AnswerHtml("https://assistant.example");
        AnswerPart.MeasureLink link = new AnswerPart.MeasureLink(WERK_4, "Status: In uitvoering, vertraagd (stand november 2025)", "Lees meer");
        assertThat(html.render(List.of(new AnswerPart.Lead("Kort."), link))).isEqualTo("""
                Kort.

                <b>Rechtsvermoeden &lt;bij&gt; onderbetaling</b>
                Status: In uitvoering, vertraagd (stand november 2025)
                <a href="https://assistant.example/nl/measures/werk-4">Lees meer</a>""");
        // A message that has the title as a heading already (the measure in full) does not name it again.
        String full = html.render(List.of(new AnswerPart.Section(WERK_4.title(), "Samenvatting."), link));
        assertThat(full.split("Rechtsvermoeden", -1)).hasSize(2);
    }
}

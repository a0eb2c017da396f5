package nl.workinnl.assistant.telegram;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.workinnl.assistant.answer.AnswerPart;
import nl.workinnl.assistant.answer.Citation;

/**
 * An answer's parts as Telegram HTML: headings bold, the status line with a link to the measure's
 * page on the public site, measures as a bulleted list with their statuses. Built from the parts,
 * so no link or status is searched for in text.
 */
final class AnswerHtml {

    private final String publicUrl;

    AnswerHtml(String publicUrl) {
        this.publicUrl = publicUrl;
    }

    String render(List<AnswerPart> parts) {
        StringBuilder out = new StringBuilder();
        Set<String> headings = new HashSet<>();
        for (AnswerPart part : parts) {
            if (!out.isEmpty()) {
                out.append("\n\n");
            }
            switch (part) {
                case AnswerPart.Lead lead -> out.append(TelegramHtml.escape(lead.text()));
                case AnswerPart.Section section -> {
                    if (!section.heading().isEmpty()) {
                        out.append(TelegramHtml.bold(section.heading())).append("\n");
                        headings.add(section.heading());
                    }
                    out.append(TelegramHtml.escape(section.text()));
                }
                case AnswerPart.MeasureLink link -> {
                    // The reader sees which measure the answer rests on; its status and link follow. A
                    // message that shows the measure in full has its title as a heading already.
                    if (!headings.contains(link.measure().title())) {
                        out.append(TelegramHtml.bold(link.measure().title())).append("\n");
                    }
                    out.append(TelegramHtml.escape(link.status())).append("\n")
                            .append(TelegramHtml.link(publicUrl + link.measure().url(), link.label()));
                }
                case AnswerPart.MeasureList list -> {
                    out.append(TelegramHtml.escape(list.heading()));
                    for (Citation c : list.measures()) {
                        out.append("\n• ").append(TelegramHtml.link(publicUrl + c.url(), c.title()))
                                .append(" — ").append(TelegramHtml.escape(c.statusLabel()));
                    }
                }
            }
        }
        return out.toString();
    }
}

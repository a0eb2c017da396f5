package nl.workinnl.assistant.staffarea;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import nl.workinnl.assistant.corpus.Corpus;
import nl.workinnl.assistant.declined.DeclineReason;
import nl.workinnl.assistant.declined.DeclinedQuestion;
import nl.workinnl.assistant.declined.DeclinedReport;
import nl.workinnl.assistant.declined.DeclinedStore;
import nl.workinnl.assistant.declined.QuestionGroups;
import nl.workinnl.assistant.feedback.FeedbackCounts;
import nl.workinnl.assistant.knowledge.CurrentKnowledge;
import nl.workinnl.assistant.language.Language;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** The editors' page (role EDITOR): declined and "not helpful" questions, grouped, counted, exportable. */
@Controller
class StaffQuestionsController {

    /** Helpful and not helpful votes on one measure. */
    record MeasureFeedback(String id, String title, long helpful, long notHelpful) {}

    private final DeclinedStore store;
    private final QuestionGroups grouping = new QuestionGroups();
    private final FeedbackCounts feedback;
    private final CurrentKnowledge knowledge;

    StaffQuestionsController(DeclinedStore store, FeedbackCounts feedback, CurrentKnowledge knowledge) {
        this.store = store;
        this.feedback = feedback;
        this.knowledge = knowledge;
    }

    @GetMapping("/staff/questions")
    String page(@RequestParam(defaultValue = "7") int days, @RequestParam(required = false) String lang,
                @RequestParam(required = false) String reason, @RequestParam(required = false) String theme,
                Authentication user, Model model) {
        DeclinedReport.Filter filter = filter(days, lang, reason, theme);
        // One data version for the whole page, even when a reload swaps in another meanwhile.
        Corpus corpus = knowledge.get().corpus();
        StaffModel.addUser(model, user);
        model.addAttribute("report", DeclinedReport.of(questions(filter), grouping));
        model.addAttribute("days", filter.days());
        model.addAttribute("lang", filter.language().map(Language::code).orElse(""));
        model.addAttribute("reason", filter.reason().map(Enum::name).orElse(""));
        model.addAttribute("theme", filter.theme().orElse(""));
        model.addAttribute("languages", Arrays.stream(Language.values()).map(Language::code).toList());
        model.addAttribute("reasons", Arrays.stream(DeclineReason.values()).map(Enum::name).toList());
        model.addAttribute("themes", corpus.themes().stream().map(t -> t.id()).toList());
        model.addAttribute("feedback", feedback(corpus));
        model.addAttribute("csvUrl", "/staff/questions.csv?days=" + filter.days() + "&lang=" + filter.language().map(Language::code).orElse("")
                + "&reason=" + filter.reason().map(Enum::name).orElse("") + "&theme=" + filter.theme().orElse(""));
        return "staff/questions";
    }

    @GetMapping("/staff/questions.csv")
    ResponseEntity<String> csv(@RequestParam(defaultValue = "7") int days, @RequestParam(required = false) String lang,
                               @RequestParam(required = false) String reason, @RequestParam(required = false) String theme) {
        StringBuilder sb = new StringBuilder(Csv.row(List.of("date", "language", "channel", "theme", "measure", "reason", "question")));
        for (DeclinedQuestion q : questions(filter(days, lang, reason, theme))) {
            sb.append(Csv.row(Arrays.asList(q.askedOn().toString(), q.language().code(), q.channel().name(), q.theme(), q.measureId(),
                    q.reason().name(), q.question())));
        }
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_TYPE, "text/csv;charset=UTF-8")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"declined-questions.csv\"").body(sb.toString());
    }

    /** The groups as JSON, for tools of the editors' own. */
    @GetMapping("/staff/api/questions")
    @ResponseBody
    List<QuestionGroups.Group> groups(@RequestParam(defaultValue = "7") int days, @RequestParam(required = false) String lang,
                                      @RequestParam(required = false) String reason, @RequestParam(required = false) String theme) {
        return grouping.group(questions(filter(days, lang, reason, theme)));
    }

    private List<DeclinedQuestion> questions(DeclinedReport.Filter filter) {
        // The days are counted in the Netherlands' calendar, like the day each question is kept under.
        return store.since(filter.from(LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")))).stream().filter(filter::keeps).toList();
    }

    /** Unknown values are ignored rather than refused: the filter form only offers known ones. */
    private static DeclinedReport.Filter filter(int days, String lang, String reason, String theme) {
        Optional<DeclineReason> r = Arrays.stream(DeclineReason.values()).filter(x -> x.name().equals(reason)).findFirst();
        return new DeclinedReport.Filter(Math.clamp(days, 1, 366), Optional.ofNullable(lang).flatMap(Language::fromCode), r,
                Optional.ofNullable(theme).filter(t -> !t.isBlank()));
    }

    private List<MeasureFeedback> feedback(Corpus corpus) {
        List<MeasureFeedback> rows = new ArrayList<>();
        corpus.measures().forEach(m -> {
            long up = feedback.votes(m.id(), true);
            long down = feedback.votes(m.id(), false);
            if (up + down > 0) {
                rows.add(new MeasureFeedback(m.id(), m.title(), up, down));
            }
        });
        return rows;
    }
}

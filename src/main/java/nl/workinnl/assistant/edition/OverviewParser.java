package nl.workinnl.assistant.edition;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.workinnl.assistant.corpus.Status;

/**
 * Reads a monitoring overview completely or not at all: the dashboard at the start, then per theme
 * its heading, introduction, "MAATREGELEN" and per measure "N. Title", a status line and the text.
 * Anything it cannot place (a measure without a status, an unknown status label or theme, a number
 * used twice) stops it with the line, so that an import never works from half a document.
 */
final class OverviewParser {

    private static final Pattern MEASURE_HEADING = Pattern.compile("^(\\d+)\\.\\s+(\\S.*)$");
    private static final Pattern STATUS_LINE = Pattern.compile("^[●•]\\s*(\\S.*)$");
    // Some copies lost the dot and put a list dash where it stood.
    private static final Pattern DASH_STATUS_LINE = Pattern.compile("^-\\s+(\\S.*)$");
    private static final Pattern SUB_STATUS_LINE = Pattern.compile("^([a-z])\\.\\s+(\\S.*?)\\s*●\\s*(\\S.*)$");
    private static final Pattern SUB_PARAGRAPH = Pattern.compile("^([a-z])\\.\\s");
    private static final Pattern MARKER = Pattern.compile("(?i)^maatregel+en:?$");
    private static final Pattern DASHBOARD = Pattern.compile("(?i)^dashboard\\b.*");
    private static final Pattern COUNT_LINE = Pattern.compile("^(.+?)\\s+(\\d+|[-–])$");
    private static final Pattern DATE = Pattern.compile("(?i)\\b(januari|februari|maart|april|mei|juni|juli|augustus"
            + "|september|oktober|november|december)\\s+(20\\d\\d)\\b");
    private static final List<String> MONTHS = List.of("januari", "februari", "maart", "april", "mei", "juni", "juli",
            "augustus", "september", "oktober", "november", "december");

    private final OverviewVocabulary vocabulary;

    OverviewParser(OverviewVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    OverviewDocument parse(String document) {
        List<SourceParagraph> ps = OverviewParagraphs.of(document);
        int dashboardAt = indexOf(ps, 0, p -> p.isSingleLine() && DASHBOARD.matcher(p.first()).matches());
        if (dashboardAt < 0) {
            throw new UnreadableOverviewException(0, "no dashboard: the overview must start with 'Dashboard totaaloverzicht' and its counts");
        }
        Optional<String> stated = statedEdition(ps.subList(0, dashboardAt));
        List<DocumentDashboard.Row> rows = new ArrayList<>();
        int i = dashboardAt + 1;
        while (i + 1 < ps.size() && ps.get(i).isSingleLine() && isCountBlock(ps.get(i + 1))) {
            rows.add(dashboardRow(ps.get(i), ps.get(i + 1)));
            i += 2;
        }
        DocumentDashboard dashboard = dashboard(rows, ps.get(dashboardAt));
        List<OverviewMeasure> measures = new ArrayList<>();
        List<Section> sections = sections(ps, i);
        for (int s = 0; s < sections.size(); s++) {
            int end = s + 1 < sections.size() ? sections.get(s + 1).headingAt() : ps.size();
            measures.addAll(measures(sections.get(s), ps.subList(sections.get(s).markerAt() + 1, end), ps.get(sections.get(s).markerAt())));
        }
        return new OverviewDocument(stated, dashboard, measures);
    }

    private record Section(String theme, int headingAt, int markerAt) {}

    private static Optional<String> statedEdition(List<SourceParagraph> header) {
        for (SourceParagraph p : header) {
            Matcher m = DATE.matcher(p.text());
            if (m.find()) {
                int month = MONTHS.indexOf(m.group(1).toLowerCase(Locale.ROOT)) + 1;
                return Optional.of(m.group(2) + "-" + (month < 10 ? "0" : "") + month);
            }
        }
        return Optional.empty();
    }

    private static boolean isCountBlock(SourceParagraph p) {
        return p.first().toLowerCase(Locale.ROOT).startsWith("maatregelen totaal");
    }

    private DocumentDashboard.Row dashboardRow(SourceParagraph heading, SourceParagraph counts) {
        String name = heading.first();
        String theme = null;
        if (!name.equalsIgnoreCase("totaal")) {
            theme = vocabulary.theme(name).orElseThrow(() -> unknownTheme(heading.line(), name));
        }
        int total = -1;
        Map<Status, Integer> perStatus = new EnumMap<>(Status.class);
        for (int k = 0; k < counts.lines().size(); k++) {
            String line = counts.lines().get(k);
            int lineNumber = counts.line() + k;
            Matcher m = COUNT_LINE.matcher(line);
            if (!m.matches()) {
                throw new UnreadableOverviewException(lineNumber, "dashboard row '" + name + "': cannot read '" + line
                        + "' as a label and a count");
            }
            int count = m.group(2).matches("\\d+") ? Integer.parseInt(m.group(2)) : 0;
            String label = m.group(1).replaceFirst("^[●•-]\\s*", "").strip();
            if (k == 0) {
                total = count;
            } else {
                Status status = vocabulary.status(label).orElseThrow(() -> unknownStatus(lineNumber, label, "dashboard row '" + name + "'"));
                perStatus.put(status, count);
            }
        }
        for (Status s : Status.values()) {
            perStatus.putIfAbsent(s, 0);
        }
        return new DocumentDashboard.Row(theme, name, heading.line(), total, perStatus);
    }

    private static DocumentDashboard dashboard(List<DocumentDashboard.Row> rows, SourceParagraph at) {
        DocumentDashboard.Row overall = rows.stream().filter(r -> r.theme() == null).findFirst().orElseThrow(() ->
                new UnreadableOverviewException(at.line(), "the dashboard has no row 'Totaal' with 'Maatregelen totaal' and the counts per status"));
        Map<String, Integer> seen = new HashMap<>();
        List<DocumentDashboard.Row> themes = new ArrayList<>();
        for (DocumentDashboard.Row r : rows) {
            if (r.theme() == null) {
                continue;
            }
            Integer before = seen.put(r.theme(), r.line());
            if (before != null) {
                throw new UnreadableOverviewException(r.line(), "the dashboard has a second row for theme '" + r.theme()
                        + "' (the first is on line " + before + ")");
            }
            themes.add(r);
        }
        return new DocumentDashboard(overall, themes);
    }

    /** A theme's heading is the title-like paragraph before its introduction, which ends at "MAATREGELEN". */
    private List<Section> sections(List<SourceParagraph> ps, int from) {
        List<Section> sections = new ArrayList<>();
        Map<String, Integer> seen = new LinkedHashMap<>();
        int lowerBound = from;
        for (int k = from; k < ps.size(); k++) {
            if (!(ps.get(k).isSingleLine() && MARKER.matcher(ps.get(k).first()).matches())) {
                continue;
            }
            int h = k - 1;
            while (h >= lowerBound && !isHeadingLike(ps.get(h))) {
                h--;
            }
            if (h < lowerBound) {
                throw new UnreadableOverviewException(ps.get(k).line(), "'" + ps.get(k).first() + "' without a theme heading before it");
            }
            SourceParagraph heading = ps.get(h);
            String theme = vocabulary.theme(heading.first()).orElseThrow(() -> unknownTheme(heading.line(), heading.first()));
            Integer before = seen.put(theme, heading.line());
            if (before != null) {
                throw new UnreadableOverviewException(heading.line(), "theme '" + theme + "' appears a second time (first on line " + before + ")");
            }
            sections.add(new Section(theme, h, k));
            lowerBound = k + 1;
        }
        if (sections.isEmpty()) {
            throw new UnreadableOverviewException(0, "no theme with 'MAATREGELEN' found after the dashboard");
        }
        return sections;
    }

    private static boolean isHeadingLike(SourceParagraph p) {
        String s = p.first();
        return p.isSingleLine() && s.length() <= 120 && !s.matches(".*[.:;,!?]$") && !MEASURE_HEADING.matcher(s).matches()
                && !STATUS_LINE.matcher(s).matches() && !MARKER.matcher(s).matches();
    }

    private List<OverviewMeasure> measures(Section section, List<SourceParagraph> body, SourceParagraph marker) {
        if (body.isEmpty()) {
            throw new UnreadableOverviewException(marker.line(), "theme '" + section.theme() + "' has no measures after '" + marker.first() + "'");
        }
        List<OverviewMeasure> result = new ArrayList<>();
        Map<String, Integer> numbers = new HashMap<>();
        int j = 0;
        while (j < body.size()) {
            SourceParagraph headingParagraph = body.get(j);
            if (!isMeasureHeading(headingParagraph)) {
                throw new UnreadableOverviewException(headingParagraph.line(), "expected a measure 'N. Title' of theme '"
                        + section.theme() + "' here, found '" + abbreviate(headingParagraph.first()) + "'");
            }
            Matcher heading = MEASURE_HEADING.matcher(headingParagraph.first());
            heading.matches();
            String number = heading.group(1);
            String title = heading.group(2).strip();
            String id = section.theme() + "-" + number;
            Integer before = numbers.put(number, headingParagraph.line());
            if (before != null) {
                throw new UnreadableOverviewException(headingParagraph.line(), "measure number " + number + " of theme '"
                        + section.theme() + "' appears twice (lines " + before + " and " + headingParagraph.line() + ")");
            }
            j++;
            Status status = null;
            List<SubMeasure> subs = new ArrayList<>();
            if (j < body.size()) {
                status = statusLine(body.get(j), id);
                if (status != null) {
                    j++;
                } else {
                    while (j < body.size() && body.get(j).lines().stream().allMatch(l -> SUB_STATUS_LINE.matcher(l).matches())) {
                        for (int k = 0; k < body.get(j).lines().size(); k++) {
                            subs.add(subMeasure(body.get(j).lines().get(k), body.get(j).line() + k, id));
                        }
                        j++;
                    }
                }
            }
            if (status == null && subs.isEmpty()) {
                String found = j < body.size() ? "found '" + abbreviate(body.get(j).first()) + "'" : "found the end of the document";
                throw new UnreadableOverviewException(headingParagraph.line(), "measure " + id + " '" + title
                        + "' has no status line: expected '● <status>' after its title, " + found);
            }
            int textStart = j;
            while (j < body.size() && !isMeasureHeading(body.get(j))) {
                j++;
            }
            List<SourceParagraph> text = body.subList(textStart, j);
            if (text.isEmpty()) {
                throw new UnreadableOverviewException(headingParagraph.line(), "measure " + id + " '" + title + "' has no text");
            }
            if (subs.isEmpty()) {
                result.add(new OverviewMeasure(id, section.theme(), number, title, status, OfficialTextBuilder.build(text),
                        headingParagraph.line()));
            } else {
                result.addAll(subMeasures(section.theme(), number, title, subs, text, headingParagraph.line()));
            }
        }
        return result;
    }

    private record SubMeasure(String letter, String title, Status status, int line) {}

    private Status statusLine(SourceParagraph p, String id) {
        if (!p.isSingleLine()) {
            return null;
        }
        Matcher dot = STATUS_LINE.matcher(p.first());
        if (dot.matches()) {
            return vocabulary.status(dot.group(1)).orElseThrow(() -> unknownStatus(p.line(), dot.group(1), "measure " + id));
        }
        Matcher dash = DASH_STATUS_LINE.matcher(p.first());
        return dash.matches() ? vocabulary.status(dash.group(1)).orElse(null) : null;
    }

    private SubMeasure subMeasure(String line, int lineNumber, String parentId) {
        Matcher m = SUB_STATUS_LINE.matcher(line);
        m.matches();
        Status status = vocabulary.status(m.group(3)).orElseThrow(() -> unknownStatus(lineNumber, m.group(3), "measure " + parentId + m.group(1)));
        return new SubMeasure(m.group(1), m.group(2).strip(), status, lineNumber);
    }

    /**
     * The parts a, b, c of one numbered measure are measures of their own ("registratie-2a"): each
     * gets the shared opening paragraphs and its own lettered paragraph, and the title of the whole
     * with its own after a colon.
     */
    private static List<OverviewMeasure> subMeasures(String theme, String number, String title, List<SubMeasure> subs,
                                                     List<SourceParagraph> text, int line) {
        List<SourceParagraph> shared = new ArrayList<>();
        Map<String, List<SourceParagraph>> own = new LinkedHashMap<>();
        String current = null;
        for (SourceParagraph p : text) {
            Matcher letter = SUB_PARAGRAPH.matcher(p.first());
            if (letter.find()) {
                current = letter.group().substring(0, 1);
            }
            if (current == null) {
                shared.add(p);
            } else {
                own.computeIfAbsent(current, k -> new ArrayList<>()).add(p);
            }
        }
        List<OverviewMeasure> result = new ArrayList<>();
        Map<String, Integer> letters = new HashMap<>();
        for (SubMeasure sub : subs) {
            Integer before = letters.put(sub.letter(), sub.line());
            if (before != null) {
                throw new UnreadableOverviewException(sub.line(), "part " + sub.letter() + " of measure " + theme + "-" + number
                        + " appears twice (lines " + before + " and " + sub.line() + ")");
            }
            List<SourceParagraph> paragraphs = new ArrayList<>(shared);
            paragraphs.addAll(own.getOrDefault(sub.letter(), List.of()));
            result.add(new OverviewMeasure(theme + "-" + number + sub.letter(), theme, number + sub.letter(),
                    title + ": " + decapitalize(sub.title()), sub.status(), OfficialTextBuilder.build(paragraphs), line));
        }
        return result;
    }

    private static String decapitalize(String s) {
        boolean acronym = s.length() > 1 && Character.isUpperCase(s.charAt(1));
        return acronym ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    private static boolean isMeasureHeading(SourceParagraph p) {
        return p.isSingleLine() && p.first().length() <= 250 && MEASURE_HEADING.matcher(p.first()).matches()
                && !p.first().matches(".*[.;!?]$");
    }

    private static int indexOf(List<SourceParagraph> ps, int from, java.util.function.Predicate<SourceParagraph> p) {
        for (int k = from; k < ps.size(); k++) {
            if (p.test(ps.get(k))) {
                return k;
            }
        }
        return -1;
    }

    private UnreadableOverviewException unknownTheme(int line, String heading) {
        return new UnreadableOverviewException(line, "unknown theme '" + heading + "'; known headings are " + vocabulary.headings()
                + " (if the overview renamed a theme, add the heading to otherNames in corpus/themes/<id>.yaml)");
    }

    private UnreadableOverviewException unknownStatus(int line, String label, String where) {
        return new UnreadableOverviewException(line, where + ": unknown status '" + label + "'; known statuses are "
                + vocabulary.labels() + " (the labels in corpus/catalogue.yaml)");
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}

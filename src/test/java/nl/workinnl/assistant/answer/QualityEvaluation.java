package nl.workinnl.assistant.answer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.workinnl.assistant.language.Language;

/**
 * Scores the pipeline on a question set (see shared eval README): hit@1, hit@3, exact lists and
 * counts, abstention, answer language, per language and category, with the misses listed.
 */
public final class QualityEvaluation {

    public record Question(String id, String category, String language, String expect, String text) {}

    public record Result(Question question, Answer answer, boolean pass, boolean hit1, boolean hit3, boolean languageRight) {}

    public record Report(List<Result> results) {

        private double rate(java.util.function.Predicate<Result> of, java.util.function.Predicate<Result> ok) {
            List<Result> set = results.stream().filter(of).toList();
            return set.isEmpty() ? 1.0 : set.stream().filter(ok).count() / (double) set.size();
        }

        public double hitAt1() {
            return rate(r -> r.question().expect().startsWith("any:"), Result::hit1);
        }

        public double hitAt3() {
            return rate(r -> r.question().expect().startsWith("any:"), Result::hit3);
        }

        public double listsAndCountsExact() {
            return rate(r -> r.question().expect().startsWith("list:") || r.question().expect().startsWith("count:"), Result::pass);
        }

        public double declinedRight() {
            return rate(r -> r.question().expect().equals("none") || r.question().expect().equals("greet"), Result::pass);
        }

        /** Near-miss and plainly unrelated questions declined (greetings apart). */
        public double nearMissDeclined() {
            return rate(r -> r.question().expect().equals("none"), Result::pass);
        }

        /**
         * In-scope questions not answered; a clarifying question that offers a right measure among
         * its choices is not a wrong decline (shared eval README).
         */
        public double wronglyDeclined() {
            return rate(r -> inScope(r.question()), r -> !r.answer().answered() && !offersRight(r));
        }

        /** In-scope questions answered with a clarifying question that offers a right measure. */
        public double clarified() {
            return rate(r -> inScope(r.question()), r -> !r.answer().answered() && offersRight(r));
        }

        private static boolean offersRight(Result r) {
            String expect = r.question().expect();
            return expect.startsWith("any:")
                    && r.answer().suggestions().stream().map(Suggestion::id).anyMatch(ids(expect)::contains);
        }

        public double languageRight() {
            return rate(r -> true, Result::languageRight);
        }

        public String summary() {
            return String.format(Locale.ROOT, "questions %d | hit@1 %.3f | hit@3 %.3f | lists+counts exact %.3f | declined right %.3f"
                            + " | near-miss+unrelated declined %.3f | in-scope wrongly declined %.3f | clarified %.3f | language right %.3f",
                    results.size(), hitAt1(), hitAt3(), listsAndCountsExact(), declinedRight(), nearMissDeclined(),
                    wronglyDeclined(), clarified(), languageRight());
        }

        public String details() {
            StringBuilder out = new StringBuilder(summary()).append("\n\nBy language and category (passed / total):\n");
            Map<String, int[]> groups = new TreeMap<>();
            for (Result r : results) {
                for (String key : List.of("lang " + r.question().language(), "category " + r.question().category())) {
                    int[] c = groups.computeIfAbsent(key, k -> new int[2]);
                    c[0] += r.pass() && r.languageRight() ? 1 : 0;
                    c[1]++;
                }
            }
            groups.forEach((k, c) -> out.append(String.format(Locale.ROOT, "  %-20s %3d / %3d%n", k, c[0], c[1])));
            out.append("\nMisses:\n");
            for (Result r : results) {
                if (!r.pass() || !r.languageRight()) {
                    out.append(String.format(Locale.ROOT, "  %s [%s, %s] expect %s | got %s %s answered=%s cites=%s offers=%s%n      %s%n",
                            r.question().id(), r.question().category(), r.question().language(), r.question().expect(),
                            r.answer().language().code(), r.answer().kindName(), r.answer().answered(),
                            r.answer().citations().stream().map(Citation::id).limit(6).toList(),
                            r.answer().suggestions().stream().map(Suggestion::id).toList(), r.question().text()));
                }
            }
            return out.toString();
        }
    }

    private static boolean inScope(Question q) {
        return q.expect().startsWith("any:") || q.expect().startsWith("list:") || q.expect().startsWith("count:");
    }

    public static List<Question> read(Path tsv) throws IOException {
        return Files.readAllLines(tsv, StandardCharsets.UTF_8).stream().skip(1).filter(l -> !l.isBlank())
                .map(l -> l.split("\t", 5)).map(f -> new Question(f[0], f[1], f[2], f[3], f[4])).toList();
    }

    public static Report run(Assistant assistant, List<Question> questions) {
        List<Result> results = new ArrayList<>();
        for (Question q : questions) {
            Answer a = assistant.ask(q.text(), Optional.empty());
            results.add(score(q, a));
        }
        return new Report(results);
    }

    public static Result score(Question q, Answer a) {
        boolean languageRight = a.language() == Language.fromCode(q.language()).orElseThrow();
        List<String> cited = a.citations().stream().map(Citation::id).toList();
        String expect = q.expect();
        if (expect.startsWith("any:")) {
            Set<String> ids = ids(expect);
            boolean hit1 = a.answered() && !cited.isEmpty() && ids.contains(cited.getFirst());
            boolean hit3 = a.answered() && cited.stream().limit(3).anyMatch(ids::contains);
            return new Result(q, a, hit1, hit1, hit3, languageRight);
        }
        if (expect.startsWith("list:")) {
            return new Result(q, a, a.answered() && new HashSet<>(cited).equals(ids(expect)), false, false, languageRight);
        }
        if (expect.startsWith("count:")) {
            String n = expect.substring("count:".length());
            boolean inText = Pattern.compile("(?<!\\d)" + Pattern.quote(n) + "(?!\\d)").matcher(a.text()).find();
            return new Result(q, a, a.answered() && inText, false, false, languageRight);
        }
        boolean declined = !a.answered() && a.citations().isEmpty();
        return new Result(q, a, declined, false, false, languageRight);
    }

    static Set<String> ids(String expect) {
        return Arrays.stream(expect.substring(expect.indexOf(':') + 1).split(",")).map(String::trim).collect(Collectors.toSet());
    }
}

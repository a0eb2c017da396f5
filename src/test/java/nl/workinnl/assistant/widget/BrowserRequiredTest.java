package nl.workinnl.assistant.widget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;

/** Without a browser the browser tests say so: skipped with the missing tool named, or failed in CI. */
class BrowserRequiredTest {

    private static ConditionEvaluationResult evaluate(Map<String, String> environment, Set<String> installed) {
        return new BrowserRequired(environment::get, installed::contains).evaluateExecutionCondition(null);
    }

    @Test
    void withBothToolsTheTestsRun() {
        assertThat(evaluate(Map.of(), Set.of("chromium", "chromedriver")).isDisabled()).isFalse();
        assertThat(evaluate(Map.of("CI", "true"), Set.of("chromium", "chromedriver")).isDisabled()).isFalse();
    }

    @Test
    void withoutChromiumTheTestsAreSkippedNamingIt() {
        ConditionEvaluationResult result = evaluate(Map.of(), Set.of("chromedriver"));
        assertThat(result.isDisabled()).isTrue();
        assertThat(result.getReason()).hasValueSatisfying(reason ->
                assertThat(reason).contains("chromium").doesNotContain("chromedriver").contains("apt-get install chromium"));
    }

    @Test
    void withoutChromedriverTheTestsAreSkippedNamingIt() {
        ConditionEvaluationResult result = evaluate(Map.of("CI", "false"), Set.of("chromium"));
        assertThat(result.isDisabled()).isTrue();
        assertThat(result.getReason()).hasValueSatisfying(reason ->
                assertThat(reason).contains("chromedriver").contains("chromium-driver"));
    }

    @Test
    void inCiAMissingBrowserFailsInsteadOfSkipping() {
        assertThatThrownBy(() -> evaluate(Map.of("CI", "true"), Set.of()))
                .hasMessageContaining("chromium").hasMessageContaining("chromedriver").hasMessageContaining("CI=true");
    }
}

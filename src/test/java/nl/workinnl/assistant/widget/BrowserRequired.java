package nl.workinnl.assistant.widget;

import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a browser test class only where Debian's chromium and chromedriver are installed. Elsewhere
 * its tests are reported as skipped, each naming what is missing; a condition rather than an abort
 * in {@code @BeforeAll}, which Surefire counted as neither run nor skipped. Under {@code CI=true}
 * nothing may be skipped, so a missing tool fails the class instead.
 */
public final class BrowserRequired implements ExecutionCondition {

    private final Function<String, String> environment;
    private final Predicate<String> installed;

    BrowserRequired() {
        this(System::getenv, tool -> Browser.find(tool).isPresent());
    }

    BrowserRequired(Function<String, String> environment, Predicate<String> installed) {
        this.environment = environment;
        this.installed = installed;
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        List<Browser.Tool> missing = Browser.TOOLS.stream().filter(tool -> !installed.test(tool.command())).toList();
        if (missing.isEmpty()) {
            return ConditionEvaluationResult.enabled("chromium and chromedriver are installed");
        }
        String message = "Browser tests need " + String.join(" and ", missing.stream().map(Browser.Tool::command).toList())
                + ", not found on PATH or in /usr/bin: apt-get install "
                + String.join(" ", missing.stream().map(Browser.Tool::debianPackage).toList());
        if ("true".equalsIgnoreCase(environment.apply("CI"))) {
            throw new IllegalStateException(message + " (CI=true: browser tests may not be skipped)");
        }
        return ConditionEvaluationResult.disabled(message);
    }
}

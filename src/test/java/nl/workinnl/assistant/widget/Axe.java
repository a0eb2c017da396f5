package nl.workinnl.assistant.widget;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * axe-core, the accessibility engine, from npm (installed once into target/npm), run inside the
 * page by WebDriver; returns the serious and critical violations.
 */
public final class Axe {

    private static final String VERSION = "4.11.0";
    private static final Path SCRIPT = Path.of("target/npm/node_modules/axe-core/axe.min.js");
    private static final Path LOG = Path.of("target/npm/install.log");

    private Axe() {}

    static synchronized String source() throws IOException, InterruptedException {
        if (!Files.exists(SCRIPT)) {
            // Never inheritIO: the test JVM's stdin and stdout are surefire's command channel, and a
            // child that reads or writes them corrupts it ("std/in stream corrupted" fails the build).
            Files.createDirectories(LOG.getParent());
            Process npm = new ProcessBuilder("npm", "install", "--no-save", "--no-audit", "--no-fund", "--prefix", "target/npm",
                    "axe-core@" + VERSION)
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectErrorStream(true)
                    .redirectOutput(LOG.toFile())
                    .start();
            if (!npm.waitFor(5, TimeUnit.MINUTES) || npm.exitValue() != 0 || !Files.exists(SCRIPT)) {
                throw new IllegalStateException("npm could not install axe-core@" + VERSION + ":\n" + Files.readString(LOG));
            }
        }
        return Files.readString(SCRIPT, StandardCharsets.UTF_8);
    }

    /** "rule: description (n nodes)" for every serious or critical violation. */
    @SuppressWarnings("unchecked")
    public static List<String> seriousViolations(WebDriver driver) throws IOException, InterruptedException {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript(source());
        Object result = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations.map(v =>
                    ({id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.length,
                      targets: v.nodes.slice(0, 3).map(n => JSON.stringify(n.target))})))).catch(e => done([{id: 'axe-error', impact: 'critical', help: String(e), nodes: 0, targets: []}]));
                """);
        List<String> serious = new ArrayList<>();
        for (Map<String, Object> v : (List<Map<String, Object>>) result) {
            Object impact = v.get("impact");
            if ("serious".equals(impact) || "critical".equals(impact)) {
                serious.add(v.get("id") + ": " + v.get("help") + " (" + v.get("nodes") + " nodes, e.g. " + v.get("targets") + ")");
            }
        }
        return serious;
    }
}

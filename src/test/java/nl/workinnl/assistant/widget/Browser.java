package nl.workinnl.assistant.widget;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A real headless Chromium from Debian's packages, driven by Debian's chromedriver. Test classes that
 * use it carry {@link BrowserRequired}, which skips them (or fails them in CI) when either is missing.
 */
public final class Browser {

    /** A program the tests need, and the Debian package that installs it. */
    record Tool(String command, String debianPackage) {}

    static final List<Tool> TOOLS = List.of(new Tool("chromium", "chromium"), new Tool("chromedriver", "chromium-driver"));

    private Browser() {}

    /** A tool on the PATH, or where Debian installs it. */
    static Optional<Path> find(String tool) {
        String path = System.getenv("PATH");
        List<String> dirs = new ArrayList<>(path == null ? List.of() : List.of(path.split(File.pathSeparator)));
        dirs.add("/usr/bin");
        return dirs.stream().filter(dir -> !dir.isEmpty()).map(dir -> Path.of(dir, tool)).filter(Files::isExecutable).findFirst();
    }

    public static ChromeDriver start() {
        Path chromium = find("chromium").orElseThrow(() -> new IllegalStateException("chromium is not installed"));
        Path chromedriver = find("chromedriver").orElseThrow(() -> new IllegalStateException("chromedriver is not installed"));
        Path profile;
        try {
            profile = Files.createTempDirectory("chromium-profile");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        // The machine's network is closed: background services would only fail and slow the start.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--window-size=1200,900", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver.toFile())
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return driver;
    }
}

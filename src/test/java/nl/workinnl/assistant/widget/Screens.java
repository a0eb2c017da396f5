package nl.workinnl.assistant.widget;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;

/** Phone-sized screens in Chromium's device emulation, print emulation, and screenshots to target/screenshots/ for review. */
public final class Screens {

    private Screens() {}

    /** A phone's screen: touch, a device pixel ratio of 2, the given size in CSS pixels. */
    public static void phone(ChromeDriver driver, int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 2, "mobile", true));
    }

    /** Lays the page out as printed ({@code true}) or back on screen. */
    public static void print(ChromeDriver driver, boolean print) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", print ? "print" : ""));
    }

    public static void screenshot(ChromeDriver driver, String name) throws Exception {
        Files.createDirectories(Path.of("target/screenshots"));
        Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, Path.of("target/screenshots/" + name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}

package nl.workinnl.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Started with an older JDK, the build stops at once and says what to do, instead of failing later
 * with a bare javac error. Runs the Maven wrapper under a JDK older than 21 from /usr/lib/jvm.
 */
class BuildNeedsJdk21Test {

    private static final Pattern VERSION = Pattern.compile("(?m)^JAVA_VERSION=\"(\\d+)");

    private static int majorVersion(Path jdk) {
        try {
            Matcher m = VERSION.matcher(Files.readString(jdk.resolve("release"), StandardCharsets.UTF_8));
            return m.find() ? Integer.parseInt(m.group(1)) : -1;
        } catch (IOException e) {
            return -1;
        }
    }

    private static Optional<Path> olderJdk() {
        try (Stream<Path> jdks = Files.list(Path.of("/usr/lib/jvm"))) {
            return jdks.filter(jdk -> Files.isExecutable(jdk.resolve("bin/java")))
                    .filter(jdk -> majorVersion(jdk) >= 8 && majorVersion(jdk) < 21).sorted().findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    @Test
    void anOlderJdkStopsTheBuildWithAClearMessage() throws Exception {
        Optional<Path> jdk = olderJdk();
        if (jdk.isEmpty()) {
            String message = "No JDK older than 21 in /usr/lib/jvm to try the build with: apt-get install openjdk-17-jdk-headless";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException(message + " (CI=true: nothing may be skipped)");
            }
            Assumptions.abort(message);
        }
        ProcessBuilder build = new ProcessBuilder("./mvnw", "-o", "-q", "-B", "validate").redirectErrorStream(true);
        build.environment().put("JAVA_HOME", jdk.get().toString());
        build.environment().put("PATH", jdk.get().resolve("bin") + ":" + System.getenv("PATH"));
        Path log = Files.createTempFile("old-jdk-build", ".log");
        build.redirectOutput(log.toFile());
        Process process = build.start();
        try {
            assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("the build finishes").isTrue();
        } finally {
            process.destroyForcibly();
        }
        String output = readQuietly(log);
        assertThat(process.exitValue()).as(output).isNotZero();
        assertThat(output).contains("this build needs JDK 21 or newer; set JAVA_HOME")
                .contains("found " + majorVersion(jdk.get()));
    }

    private static String readQuietly(Path log) {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

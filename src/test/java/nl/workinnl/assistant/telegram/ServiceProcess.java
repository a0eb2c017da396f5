package nl.workinnl.assistant.telegram;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.workinnl.assistant.ServiceCommand;

/**
 * The whole service in a JVM of its own ({@link ServiceCommand}), with the bot on and pointed at a
 * fake Bot API, so that a test can kill it as an operator or a crash would: SIGKILL ({@link #kill})
 * or SIGTERM ({@link #terminate}).
 */
final class ServiceProcess {

    private final Process process;
    private final Path log;

    private ServiceProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    static ServiceProcess start(FakeBotApi api, Path dataDir, Path log, String... extra) {
        List<String> command = new ArrayList<>(ServiceCommand.of(
                "--server.port=0",
                "--management.server.port=0",
                "--telegram.bot-token=123456:TEST-token",
                "--telegram.api-url=" + api.baseUrl(),
                "--telegram.poll-timeout=2s",
                "--assistant.data-dir=" + dataDir.toAbsolutePath()));
        for (String e : extra) {
            // An extra argument replaces a default of the same name ("--server.port=8123").
            String name = e.substring(0, e.indexOf('=') + 1);
            command.removeIf(a -> a.startsWith("--") && a.startsWith(name));
            command.add(e);
        }
        try {
            // Never inherit: the test JVM's stdin and stdout are surefire's command channel.
            Process process = new ProcessBuilder(command)
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
            return new ServiceProcess(process, log);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the service", e);
        }
    }

    /** SIGKILL, as a crash or the OOM killer: no shutdown hook runs. */
    void kill() {
        process.destroyForcibly();
        awaitExit(Duration.ofSeconds(30));
    }

    /** SIGTERM, as systemd or Docker stop: the service shuts down by itself; returns its exit code. */
    int terminate(Duration timeout) {
        process.destroy();
        return awaitExit(timeout);
    }

    private int awaitExit(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("the service did not stop within " + timeout + ":\n" + log());
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new AssertionError("interrupted while waiting for the service to stop", e);
        }
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Everything the service printed so far, of every start that shares this log. */
    String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A safety net for a failed test: the service must not outlive it. */
    void destroy() {
        if (process.isAlive()) {
            process.destroyForcibly();
        }
    }
}

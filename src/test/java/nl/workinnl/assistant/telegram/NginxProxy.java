package nl.workinnl.assistant.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * A real nginx running {@code deploy/nginx.conf} on loopback in front of replicas. The file is used
 * as it is but for three things: the replicas' addresses ({@code assistant-1:8080}, ...) and the port
 * it listens on become loopback ports, and the top of its {@code http} block gets where an nginx that
 * is not the system's writes its access log and temporary files (those directives cannot be given on
 * the command line). The pid file and the error log are given there ({@code -g}), with {@code daemon off}
 * so that this process is nginx's master. The binary is the one {@code ASSISTANT_TEST_NGINX} names, or
 * nginx on the path or in /usr/sbin ({@code .ci/nginx} installs Debian's); without one the test is
 * skipped with a message, and under {@code CI=true} it fails instead.
 */
final class NginxProxy implements AutoCloseable {

    static final Path CONFIG = Path.of("deploy/nginx.conf");
    private static final Pattern UPSTREAM = Pattern.compile("\\bassistant-(\\d+):8080\\b");
    private static final String LISTEN = "listen 8080;";

    private final Path binary;
    private final Path dir;
    private final Path conf;
    private final int port;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Process process;

    private NginxProxy(Path binary, Path dir, Path conf, int port) {
        this.binary = binary;
        this.dir = dir;
        this.conf = conf;
        this.port = port;
    }

    /** The nginx binary to run, or the test is skipped (failed under CI=true) with the reason. */
    static Path binary() {
        String configured = System.getenv("ASSISTANT_TEST_NGINX");
        List<Path> candidates = new ArrayList<>();
        if (configured != null && !configured.isBlank()) {
            candidates.add(Path.of(configured));
        } else {
            for (String entry : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
                if (!entry.isBlank()) {
                    candidates.add(Path.of(entry, "nginx"));
                }
            }
            candidates.add(Path.of("/usr/sbin/nginx"));
        }
        for (Path candidate : candidates) {
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        String message = "nginx is not available (" + (configured != null && !configured.isBlank()
                ? "ASSISTANT_TEST_NGINX=" + configured + " is no executable" : "not on the PATH nor in /usr/sbin")
                + "): run .ci/nginx, or set ASSISTANT_TEST_NGINX to an nginx binary";
        if ("true".equals(System.getenv("CI"))) {
            Assertions.fail("Under CI=true nothing may be skipped. " + message);
        }
        Assumptions.abort("Skipped: " + message);
        throw new AssertionError("unreachable");
    }

    /**
     * Writes {@code deploy/nginx.conf} into {@code dir} for an nginx on 127.0.0.1:{@code port} in front of
     * the replicas on these loopback ports (assistant-1 on the first, ...).
     */
    static NginxProxy render(Path binary, Path dir, int port, List<Integer> replicaPorts) throws IOException {
        Files.createDirectories(dir);
        String original = Files.readString(CONFIG, StandardCharsets.UTF_8);
        Matcher upstream = UPSTREAM.matcher(original);
        StringBuilder rendered = new StringBuilder();
        int replaced = 0;
        while (upstream.find()) {
            int replica = Integer.parseInt(upstream.group(1));
            assertThat(replica).as("a replica named in " + CONFIG).isBetween(1, replicaPorts.size());
            upstream.appendReplacement(rendered, "127.0.0.1:" + replicaPorts.get(replica - 1));
            replaced++;
        }
        upstream.appendTail(rendered);
        assertThat(replaced).as("the replicas named in " + CONFIG).isEqualTo(replicaPorts.size());
        String text = rendered.toString();
        assertThat(text.split(Pattern.quote(LISTEN), -1)).as("'" + LISTEN + "' once in " + CONFIG).hasSize(2);
        text = text.replace(LISTEN, "listen 127.0.0.1:" + port + ";");
        String http = "\nhttp {\n";
        assertThat(text.split(Pattern.quote(http), -1)).as("one http block in " + CONFIG).hasSize(2);
        Path temp = dir.resolve("temp");
        text = text.replace(http, http + """
                    # Added by the test (an nginx of its own, not the system's /var/log/nginx and /var/lib/nginx):
                    access_log %s;
                    client_body_temp_path %s;
                    proxy_temp_path %s;
                    fastcgi_temp_path %s;
                    uwsgi_temp_path %s;
                    scgi_temp_path %s;
                """.formatted(dir.resolve("access.log"), temp.resolve("body"), temp.resolve("proxy"), temp.resolve("fastcgi"),
                temp.resolve("uwsgi"), temp.resolve("scgi")));
        Files.createDirectories(temp);
        Path conf = dir.resolve("nginx.conf");
        Files.writeString(conf, text, StandardCharsets.UTF_8);
        return new NginxProxy(binary, dir, conf, port);
    }

    /** What the command line sets: main-context directives the file leaves out. */
    private List<String> command(String... options) {
        String global = "pid " + dir.resolve("nginx.pid") + "; error_log " + dir.resolve("error.log") + " info;";
        if ("root".equals(System.getProperty("user.name"))) {
            // As root the workers would run as nobody, who cannot enter the test's private temporary
            // directory to write a body or a response too large for memory.
            global += " user root;";
        }
        List<String> command = new ArrayList<>(List.of(binary.toString(), "-p", dir + "/", "-c", conf.toString(),
                "-e", dir.resolve("error.log").toString()));
        command.addAll(List.of(options));
        command.addAll(List.of("-g", global + " daemon off;"));
        return command;
    }

    /** {@code nginx -t} on the rendered file: its exit code and output. */
    record Check(int exitCode, String output) {}

    Check test() throws IOException, InterruptedException {
        Path out = dir.resolve("nginx-t.out");
        Process check = new ProcessBuilder(command("-t")).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectErrorStream(true).redirectOutput(out.toFile()).start();
        if (!check.waitFor(30, TimeUnit.SECONDS)) {
            check.destroyForcibly();
            throw new AssertionError("nginx -t did not finish within 30 s");
        }
        return new Check(check.exitValue(), Files.readString(out, StandardCharsets.UTF_8));
    }

    /** Starts nginx; {@link #answers} tells when it serves. */
    void start() throws IOException {
        // Never inherit: the test JVM's stdin and stdout are surefire's command channel.
        process = new ProcessBuilder(command()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("nginx.out").toFile())).start();
    }

    /** True once nginx answers its own health location; fails at once if it has stopped. */
    boolean answers() {
        if (!process.isAlive()) {
            throw new AssertionError("nginx stopped:\n" + read("nginx.out") + read("error.log"));
        }
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/nginx-health"))
                    .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    int port() {
        return port;
    }

    Path conf() {
        return conf;
    }

    String accessLog() {
        return read("access.log");
    }

    String errorLog() {
        return read("error.log");
    }

    private String read(String name) {
        Path file = dir.resolve(name);
        try {
            return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** SIGTERM (nginx's fast shutdown: the master stops its workers), SIGKILL only if that does not end it. */
    @Override
    public void close() {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(15, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}

package nl.workinnl.assistant;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The databases the service runs on, for tests that must hold on both: the embedded H2 file
 * database (the default) and a real PostgreSQL. Each test run gets a fresh database: a new H2 file,
 * or a new schema in the PostgreSQL that {@code .ci/postgres} starts on loopback (or the one
 * {@code ASSISTANT_TEST_POSTGRES_URL} names).
 */
public enum TestDatabase {
    H2, POSTGRESQL;

    /** A new in-memory H2 database with the service's own migrations applied, as at start-up. */
    public static org.h2.jdbcx.JdbcDataSource migratedH2() {
        org.h2.jdbcx.JdbcDataSource db = new org.h2.jdbcx.JdbcDataSource();
        db.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        org.flywaydb.core.Flyway.configure().dataSource(db).locations("classpath:db/migration").load().migrate();
        return db;
    }

    private static String postgresUrl;

    /** A fixed telegram.chat-key (32 bytes in base64) for services on the test PostgreSQL. */
    public static final String SHARED_CHAT_KEY = java.util.Base64.getEncoder().encodeToString(new byte[32]);

    /** The Spring arguments that point the service at a fresh database of this kind. */
    public List<String> springArguments(Path dataDir) {
        return switch (this) {
            case H2 -> List.of("--spring.datasource.url=jdbc:h2:file:" + dataDir.toAbsolutePath() + "/assistant;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE");
            // A shared database needs the secrets replicas share (SharedDatabaseSecrets): the service refuses to start without them.
            case POSTGRESQL -> List.of("--spring.datasource.url=" + freshPostgresSchema(), "--spring.datasource.username=",
                    "--spring.datasource.password=", "--assistant.conversation.secret=test-shared-secret",
                    "--telegram.chat-key=" + SHARED_CHAT_KEY);
        };
    }

    /** A new, empty schema in the test PostgreSQL; its URL selects it. */
    public static synchronized String freshPostgresSchema() {
        String url = postgresUrl();
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection c = DriverManager.getConnection(url)) {
            c.createStatement().execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a schema in the test PostgreSQL at " + url, e);
        }
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    private static String postgresUrl() {
        if (postgresUrl != null) {
            return postgresUrl;
        }
        String configured = System.getenv("ASSISTANT_TEST_POSTGRES_URL");
        if (configured != null && !configured.isBlank()) {
            return postgresUrl = configured;
        }
        String problem;
        try {
            postgresUrl = startLocal();
            return postgresUrl;
        } catch (IOException | InterruptedException | IllegalStateException e) {
            problem = e.getMessage();
        }
        String message = "PostgreSQL is not available (" + problem + "): run .ci/postgres, or set ASSISTANT_TEST_POSTGRES_URL";
        if ("true".equals(System.getenv("CI"))) {
            Assertions.fail("Under CI=true nothing may be skipped. " + message);
        }
        Assumptions.abort("Skipped: " + message);
        throw new AssertionError("unreachable");
    }

    /** Runs .ci/postgres (it starts one on loopback, or finds it running) and returns its JDBC URL. */
    private static String startLocal() throws IOException, InterruptedException {
        Path script = Path.of(".ci/postgres");
        if (!Files.isExecutable(script)) {
            throw new IllegalStateException(".ci/postgres not found");
        }
        Path log = Files.createTempFile("postgres-start", ".log");
        // Not inheritIO: the test JVM's stdin and stdout are surefire's channel.
        Process p = new ProcessBuilder(script.toString()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(log.toFile()).redirectError(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        if (!p.waitFor(3, TimeUnit.MINUTES) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IllegalStateException(".ci/postgres failed: " + Files.readString(log, StandardCharsets.UTF_8).strip());
        }
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        return lines.stream().filter(l -> l.startsWith("jdbc:postgresql:")).reduce((a, b) -> b)
                .orElseThrow(() -> new IllegalStateException(".ci/postgres printed no URL"));
    }
}

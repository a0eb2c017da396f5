package nl.workinnl.assistant;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The command that runs the service in a JVM of its own, on the main classes and dependencies without
 * the test classes, so that the production configuration (application.yaml) is what is tested, and the
 * JVM's global state (its logging above all) is that process's alone.
 */
public final class ServiceCommand {

    private ServiceCommand() {}

    public static List<String> of(String... arguments) {
        String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.endsWith("test-classes") && !entry.endsWith("test-classes" + File.separator))
                .collect(Collectors.joining(File.pathSeparator));
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // Start-up is most of such a test's time; C1 alone starts faster and is enough there.
                "-XX:TieredStopAtLevel=1", "-Xmx256m",
                "-cp", classPath,
                AssistantApplication.class.getName()));
        command.addAll(List.of(arguments));
        return command;
    }
}

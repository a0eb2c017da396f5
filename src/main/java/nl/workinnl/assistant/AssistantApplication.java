package nl.workinnl.assistant;

import nl.workinnl.assistant.edition.ImportOverviewCommand;
import nl.workinnl.assistant.staffarea.HashPasswordCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@ConfigurationPropertiesScan
// The features' own jobs (retention of kept questions, expiry of chat contexts) run on Spring's scheduler.
@EnableScheduling
public class AssistantApplication {

    public static void main(String[] args) throws java.io.IOException {
        // The edition import is an editor's command on files; it starts neither the web server nor the database.
        if (ImportOverviewCommand.isInvokedBy(args)) {
            System.exit(ImportOverviewCommand.main(args));
        }
        if (HashPasswordCommand.isInvokedBy(args)) {
            System.exit(HashPasswordCommand.main(args));
        }
        SpringApplication.run(AssistantApplication.class, args);
    }
}

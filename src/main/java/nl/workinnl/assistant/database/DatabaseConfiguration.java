package nl.workinnl.assistant.database;

import java.time.Duration;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The schema's migrations, safe when several replicas start on one new database at once. */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    @Bean
    FlywayMigrationStrategy retryingMigration() {
        return new RetryingMigration(5, Duration.ofSeconds(1));
    }
}

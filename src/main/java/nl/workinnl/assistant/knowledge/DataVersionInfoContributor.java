package nl.workinnl.assistant.knowledge;

import java.util.Map;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;

/**
 * {@code data} in {@code /actuator/info}: the version serving now (edition and fingerprint), which
 * follows every live reload.
 */
final class DataVersionInfoContributor implements InfoContributor {

    private final CurrentKnowledge knowledge;

    DataVersionInfoContributor(CurrentKnowledge knowledge) {
        this.knowledge = knowledge;
    }

    @Override
    public void contribute(Info.Builder builder) {
        DataVersion version = knowledge.get().version();
        builder.withDetail("data", Map.of("edition", version.edition(), "hash", version.hash()));
    }
}

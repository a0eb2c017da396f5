package nl.workinnl.assistant.corpus;

import java.util.Map;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;

/**
 * {@code data} in {@code /actuator/info}: the edition of the data (the monitoring overview's date the
 * statuses are from) and the fingerprint of the files loaded, which also tells apart two edits of
 * the same edition.
 */
final class DataVersionInfoContributor implements InfoContributor {

    private final Corpus corpus;
    private final DataFingerprint fingerprint;

    DataVersionInfoContributor(Corpus corpus, DataFingerprint fingerprint) {
        this.corpus = corpus;
        this.fingerprint = fingerprint;
    }

    @Override
    public void contribute(Info.Builder builder) {
        builder.withDetail("data", Map.of("edition", corpus.catalogue().statusDate(), "hash", fingerprint.value()));
    }
}

package nl.workinnl.assistant.translation;

import jakarta.validation.constraints.NotEmpty;
import java.util.LinkedHashMap;
import java.util.Map;

/** The interface texts of one language, from {@code translations/<lang>/interface.yaml}. */
record InterfaceFile(@NotEmpty Map<String, String> messages, Map<String, String> sourceHashes) {

    InterfaceFile {
        messages = messages == null ? Map.of() : new LinkedHashMap<>(messages);
        sourceHashes = sourceHashes == null ? Map.of() : new LinkedHashMap<>(sourceHashes);
    }
}

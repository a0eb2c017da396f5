package nl.workinnl.assistant.knowledge;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.workinnl.assistant.corpus.Corpus;
import nl.workinnl.assistant.corpus.DataProblem;
import nl.workinnl.assistant.corpus.InvalidDataException;
import nl.workinnl.assistant.corpus.Measure;
import nl.workinnl.assistant.corpus.StatusChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Loads the data anew, checks it as completely as at start-up, and only then swaps it in; a version
 * with mistakes is refused and the serving one stays. After a swap, one {@link StatusChanged} per
 * measure whose status the new version changed.
 */
public final class KnowledgeReloader {

    private static final Logger log = LoggerFactory.getLogger(KnowledgeReloader.class);

    private final KnowledgeLoader loader;
    private final CurrentKnowledge current;
    private final ApplicationEventPublisher events;

    KnowledgeReloader(KnowledgeLoader loader, CurrentKnowledge current, ApplicationEventPublisher events) {
        this.loader = loader;
        this.current = current;
        this.events = events;
    }

    /** One reload at a time: the watcher and the endpoint may ask at once, and events must follow the order of swaps. */
    public synchronized ReloadResult reload(String trigger) {
        KnowledgeVersion serving = current.get();
        KnowledgeVersion next;
        try {
            next = loader.load();
        } catch (InvalidDataException e) {
            log.warn("Reload ({}) refused, version {} keeps serving. {}", trigger, serving.version(), e.getMessage());
            return new ReloadResult.Refused(serving.version(), e.problems());
        } catch (RuntimeException e) {
            // An unreadable moment (a file half copied, a directory renamed) must not end the watcher.
            log.warn("Reload ({}) failed, version {} keeps serving: {}", trigger, serving.version(), e.toString());
            return new ReloadResult.Refused(serving.version(), List.of(new DataProblem(
                    "data", null, "could not be read: " + e.getMessage())));
        }
        if (next.version().equals(serving.version())) {
            next.retire(); // its index was built for the comparison only; nobody has taken it
            return new ReloadResult.Unchanged(serving.version());
        }
        KnowledgeVersion replaced = current.swap(next);
        // Closed now, or by the last question still answered from it (see KnowledgeVersion).
        replaced.retire();
        List<StatusChanged> changes = statusChanges(serving.corpus(), next.corpus(), next.version());
        log.info("Reload ({}): version {} serves, replacing {}; {} measure(s) changed status",
                trigger, next.version(), serving.version(), changes.size());
        changes.forEach(events::publishEvent);
        return new ReloadResult.Swapped(next.version(), changes.size());
    }

    static List<StatusChanged> statusChanges(Corpus before, Corpus after, DataVersion version) {
        Map<String, Measure> old = before.measures().stream().collect(Collectors.toMap(Measure::id, Function.identity()));
        return after.measures().stream()
                .filter(m -> old.containsKey(m.id()) && old.get(m.id()).status() != m.status())
                .map(m -> new StatusChanged(m.id(), old.get(m.id()).status(), m.status(), m.statusDate(), version.toString()))
                .toList();
    }
}

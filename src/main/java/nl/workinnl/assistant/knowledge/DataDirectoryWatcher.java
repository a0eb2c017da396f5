package nl.workinnl.assistant.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Watches the corpus and translations directories (with their subdirectories) and reloads once they
 * have been quiet for a moment: an editor's save or the import command writes several files, and
 * one reload should see all of them.
 */
final class DataDirectoryWatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DataDirectoryWatcher.class);

    private final List<Path> roots;
    private final Duration quietPeriod;
    private final KnowledgeReloader reloader;
    private volatile WatchService watcher;
    private volatile Thread thread;

    DataDirectoryWatcher(List<Path> roots, Duration quietPeriod, KnowledgeReloader reloader) {
        this.roots = List.copyOf(roots);
        this.quietPeriod = quietPeriod;
        this.reloader = reloader;
    }

    @Override
    public void start() {
        if (roots.isEmpty()) {
            return;
        }
        try {
            watcher = FileSystems.getDefault().newWatchService();
            for (Path root : roots) {
                registerTree(root);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot watch the data directories " + roots, e);
        }
        thread = Thread.ofPlatform().name("data-directory-watcher").daemon().start(this::watch);
        log.info("Watching {} for changes; a change is loaded after {} ms of quiet", roots, quietPeriod.toMillis());
    }

    @Override
    public void stop() {
        if (watcher == null) {
            return;
        }
        try {
            watcher.close();
        } catch (IOException e) {
            log.debug("closing the watch service", e);
        }
        if (thread != null) {
            thread.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return thread != null && thread.isAlive();
    }

    private void watch() {
        try {
            while (true) {
                WatchKey first = watcher.take();
                handle(first);
                // Debounce: wait until no event came for the quiet period, then load once.
                WatchKey next;
                while ((next = watcher.poll(quietPeriod.toMillis(), TimeUnit.MILLISECONDS)) != null) {
                    handle(next);
                }
                reloader.reload("files changed");
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void handle(WatchKey key) {
        Path dir = (Path) key.watchable();
        for (var event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && event.context() instanceof Path name
                    && Files.isDirectory(dir.resolve(name))) {
                // A new folder (a new language, say) is watched too, with what was already written into it.
                try {
                    registerTree(dir.resolve(name));
                } catch (IOException e) {
                    log.warn("cannot watch new directory {}: {}", dir.resolve(name), e.toString());
                }
            }
        }
        key.reset();
    }

    private void registerTree(Path root) throws IOException {
        try (Stream<Path> dirs = Files.walk(root)) {
            for (Path dir : (Iterable<Path>) dirs.filter(Files::isDirectory)::iterator) {
                dir.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        }
    }
}

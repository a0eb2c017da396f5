package nl.workinnl.assistant.telegram;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps this replica's claim on the bot's sending (and, in polling mode, polling) alive, and hands
 * the work over when the claim is won or lost. A single replica wins at once and keeps it; of
 * several, one works and the others take over within the lease's time when it dies.
 */
final class Leadership {

    private static final Logger log = LoggerFactory.getLogger(Leadership.class);

    /** What leading means: started when the lease is won, stopped when it is lost. */
    interface Duty {
        void lead();

        void follow();
    }

    private final LeaderLease lease;
    private final Duration renew;
    private final Duty duty;
    private volatile boolean running;
    private boolean leading;
    private Thread thread;

    Leadership(LeaderLease lease, Duration renew, Duty duty) {
        this.lease = lease;
        this.renew = renew;
        this.duty = duty;
    }

    /** Tries once at once (so a single replica leads from its first second), then keeps trying. */
    void start() {
        running = true;
        check();
        thread = Thread.ofPlatform().name("telegram-leadership").daemon().start(() -> {
            while (running) {
                LockSupport.parkNanos(this, renew.toNanos());
                if (running) {
                    check();
                }
            }
        });
    }

    /** Stops trying: called first when the service stops, so that it does not start to lead meanwhile. */
    void stopTrying() {
        running = false;
        if (thread != null) {
            LockSupport.unpark(thread);
            try {
                thread.join(renew.plusSeconds(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * Gives the lease up, so another replica takes over without waiting for it to run out. Called
     * last, after the work in hand is finished: a reply still being sent when another replica takes
     * over would go out twice.
     */
    synchronized void release() {
        if (leading) {
            leading = false;
            try {
                lease.release();
            } catch (RuntimeException e) {
                log.info("The lease could not be given up ({}); it runs out by itself", e.toString());
            }
        }
    }

    boolean leading() {
        synchronized (this) {
            return leading;
        }
    }

    private synchronized void check() {
        boolean holds;
        try {
            holds = lease.holdOrTake();
        } catch (RuntimeException e) {
            // Without the database this replica cannot know whether another has taken over.
            log.warn("The bot's lease could not be renewed ({}); this replica stops sending until it can", e.toString());
            holds = false;
        }
        if (holds && !leading) {
            leading = true;
            log.info("This replica now sends the bot's replies");
            duty.lead();
        } else if (!holds && leading) {
            leading = false;
            log.info("Another replica sends the bot's replies now");
            duty.follow();
        }
    }
}

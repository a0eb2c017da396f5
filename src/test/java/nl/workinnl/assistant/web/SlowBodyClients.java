package nl.workinnl.assistant.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Load tool: holds {@code connections} requests open at once whose bodies never finish, each
 * announcing 1,000 bytes and sending one every {@code interval}, and opens a new one whenever the
 * server ends one (a 408 after its body deadline). Run beside wrk by {@code src/test/load/slow-clients-test.sh};
 * talks only to the given host.
 *
 * <pre>java -cp target/test-classes nl.workinnl.assistant.web.SlowBodyClients 127.0.0.1 18089 200 60</pre>
 */
public final class SlowBodyClients {

    private static final Duration INTERVAL = Duration.ofSeconds(2);

    public static void main(String[] args) throws Exception {
        String host = args[0];
        int port = Integer.parseInt(args[1]);
        int connections = Integer.parseInt(args[2]);
        Duration run = Duration.ofSeconds(Long.parseLong(args[3]));
        long end = System.nanoTime() + run.toNanos();

        AtomicInteger open = new AtomicInteger();
        AtomicLong opened = new AtomicLong();
        AtomicLong endedByServer = new AtomicLong();
        AtomicLong refused408 = new AtomicLong();
        CountDownLatch allOpen = new CountDownLatch(connections);
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < connections; i++) {
                String path = i % 2 == 0 ? "/api/v1/ask" : "/api/v1/feedback";
                threads.submit(() -> {
                    boolean counted = false;
                    while (System.nanoTime() < end) {
                        try (Socket socket = new Socket(host, port)) {
                            OutputStream out = socket.getOutputStream();
                            out.write(("POST " + path + " HTTP/1.1\r\nHost: " + host + "\r\nContent-Type: application/json\r\n"
                                    + "Content-Length: 1000\r\n\r\n{\"text\": \"").getBytes(StandardCharsets.US_ASCII));
                            out.flush();
                            opened.incrementAndGet();
                            open.incrementAndGet();
                            if (!counted) {
                                counted = true;
                                allOpen.countDown();
                            }
                            try {
                                int status = holdUntilEnded(socket, out, end);
                                if (status >= 0) {
                                    endedByServer.incrementAndGet();
                                }
                                if (status == 408) {
                                    refused408.incrementAndGet();
                                }
                            } finally {
                                open.decrementAndGet();
                            }
                        } catch (IOException e) {
                            endedByServer.incrementAndGet();
                        }
                    }
                    return null;
                });
            }
            allOpen.await();
            System.out.println("holding " + connections + " slow-body connections");
            while (System.nanoTime() < end) {
                Thread.sleep(Math.min(5_000, Math.max(1, (end - System.nanoTime()) / 1_000_000)));
                System.out.println("open: " + open.get() + ", opened: " + opened.get() + ", ended by the server: " + endedByServer.get());
            }
        }
        System.out.println("slow clients: " + opened.get() + " connections opened, " + endedByServer.get()
                + " ended by the server (" + refused408.get() + " with 408)");
    }

    /**
     * Sends a byte of the body now and then until the server answers or closes: its status code,
     * 0 when it closed without one, -1 when the run ended first.
     */
    private static int holdUntilEnded(Socket socket, OutputStream out, long end) throws IOException {
        socket.setSoTimeout((int) INTERVAL.toMillis());
        InputStream in = socket.getInputStream();
        while (System.nanoTime() < end) {
            try {
                byte[] head = in.readNBytes(12); // "HTTP/1.1 408"
                String line = new String(head, StandardCharsets.US_ASCII);
                return line.startsWith("HTTP/1.1 ") ? Integer.parseInt(line.substring(9, 12)) : 0;
            } catch (SocketTimeoutException quiet) {
                out.write(' ');
                out.flush();
            }
        }
        return -1;
    }
}

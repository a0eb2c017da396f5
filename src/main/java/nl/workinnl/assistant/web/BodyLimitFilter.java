package nl.workinnl.assistant.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.SocketTimeoutException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads an API request's body whole before anything else sees it, within a size and a time limit:
 * over {@code maxBody} bytes a 413 (by the declared length at once), not complete within
 * {@code bodyTimeout} a 408. Tomcat's connection timeout bounds each read, not the whole body: a
 * client trickling a byte now and then would otherwise hold its request for as long as it likes.
 * The bodies are small (16 KB by default), so holding one in memory costs less than a thread.
 */
final class BodyLimitFilter extends OncePerRequestFilter {

    private final int maxBody;
    private final Duration bodyTimeout;

    BodyLimitFilter(int maxBody, Duration bodyTimeout) {
        this.maxBody = maxBody;
        this.bodyTimeout = bodyTimeout;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > maxBody) {
            refuse(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "The request body is larger than " + maxBody + " bytes.");
            return;
        }
        long deadline = System.nanoTime() + bodyTimeout.toNanos();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        byte[] buffer = new byte[4096];
        InputStream in = request.getInputStream();
        try {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                body.write(buffer, 0, n);
                if (body.size() > maxBody) {
                    refuse(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "The request body is larger than " + maxBody + " bytes.");
                    return;
                }
                if (System.nanoTime() - deadline > 0) {
                    tooSlow(response);
                    return;
                }
            }
        } catch (IOException e) {
            // Tomcat wraps its read timeout (a stalled body) in a ClientAbortException.
            if (!timedOut(e)) {
                throw e;
            }
            tooSlow(response);
            return;
        }
        chain.doFilter(new ReadRequest(request, body.toByteArray()), response);
    }

    private static boolean timedOut(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SocketTimeoutException) {
                return true;
            }
        }
        return false;
    }

    private void tooSlow(HttpServletResponse response) throws IOException {
        refuse(response, HttpServletResponse.SC_REQUEST_TIMEOUT, "The request body did not arrive within " + bodyTimeout.toSeconds() + " s.");
    }

    private static void refuse(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        // The rest of the body is not read: the connection cannot be used for another request.
        response.setHeader("Connection", "close");
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8);
        response.getWriter().write("{\"error\": \"" + message + "\"}");
    }

    /** The request with its body already read. */
    private static final class ReadRequest extends HttpServletRequestWrapper {

        private final byte[] body;

        ReadRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] buf, int off, int len) {
                    return in.read(buf, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    try {
                        listener.onDataAvailable();
                        listener.onAllDataRead();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }
    }
}

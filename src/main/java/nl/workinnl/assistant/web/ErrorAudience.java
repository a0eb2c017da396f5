package nl.workinnl.assistant.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Who an error is for: the JSON API always answers {@code {"error"}}, whatever the client accepts,
 * because its clients are programs; a browser that asked for a page is better served by a page.
 */
final class ErrorAudience {

    private ErrorAudience() {}

    static boolean wantsPage(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return !request.getRequestURI().startsWith("/api/") && accept != null && accept.contains("text/html");
    }
}

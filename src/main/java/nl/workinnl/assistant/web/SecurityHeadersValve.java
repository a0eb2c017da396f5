package nl.workinnl.assistant.web;

import jakarta.servlet.ServletException;
import java.io.IOException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;

/**
 * The security headers for the answers Tomcat gives itself, before any filter runs: its 400 pages
 * for request lines it cannot parse. {@link SecurityHeadersFilter} sets them again for the rest.
 */
final class SecurityHeadersValve extends ValveBase {

    SecurityHeadersValve() {
        super(true);
    }

    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
        SecurityHeadersFilter.addTo(response);
        getNext().invoke(request, response);
    }
}

package nl.workinnl.assistant.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.apache.catalina.connector.ClientAbortException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;

/** A client that hangs up mid-answer is routine on the internet, not an error of the service. */
@ExtendWith(OutputCaptureExtension.class)
class ClientDisconnectTest {

    @Test
    void aClientThatWentAwayIsNotLoggedAsAnError(CapturedOutput output) {
        ApiExceptionHandler handler = new ApiExceptionHandler();
        for (Exception gone : List.of(new ClientAbortException(new IOException("Broken pipe")),
                new AsyncRequestNotUsableException("ServletOutputStream failed to write: Broken pipe"),
                new IOException("Connection reset by peer"))) {
            assertThat(handler.unexpected(gone)).as(gone.toString()).isNull();
        }
        assertThat(output.getAll()).doesNotContain("ERROR").doesNotContain("Broken pipe");
    }

    @Test
    void anythingElseUnexpectedIsStillAnError(CapturedOutput output) {
        assertThat(new ApiExceptionHandler().unexpected(new IllegalStateException("bug")).getStatusCode().value()).isEqualTo(500);
        assertThat(output.getAll()).contains("ERROR").contains("bug");
    }
}

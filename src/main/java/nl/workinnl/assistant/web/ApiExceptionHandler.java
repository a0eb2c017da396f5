package nl.workinnl.assistant.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolationException;
import java.io.IOException;
import java.util.stream.Collectors;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.web.util.DisconnectedClientHelper;

/**
 * Every error of the JSON API as {@code {"error": "..."}}; a caller never sees a stack trace or a 500 for bad input.
 * Also the errors Spring raises before any controller is chosen (no such path, method or content type),
 * which is why this advice is not limited to the service's packages. A browser asking for a page
 * rather than the API gets the error page instead (templates/error).
 */
@RestControllerAdvice
class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(ResponseStatusException.class)
    ResponseEntity<ApiError> status(ResponseStatusException e) {
        return error(e.getStatusCode(), e.getReason());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e) {
        return error(HttpStatus.BAD_REQUEST, "The request body is not valid JSON of the expected form.");
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ApiError> invalid(MethodArgumentNotValidException e) {
        String message = e.getBindingResult().getFieldErrors().stream()
                .map(f -> "'" + f.getField() + "' " + f.getDefaultMessage())
                .collect(Collectors.joining("; "));
        return error(HttpStatus.BAD_REQUEST, message);
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ResponseEntity<ApiError> invalidParameter(HandlerMethodValidationException e) {
        String message = e.getParameterValidationResults().stream()
                .flatMap(r -> r.getResolvableErrors().stream()
                        .map(err -> "'" + r.getMethodParameter().getParameterName() + "' " + err.getDefaultMessage()))
                .collect(Collectors.joining("; "));
        return error(HttpStatus.BAD_REQUEST, message);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ApiError> constraint(ConstraintViolationException e) {
        return error(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ApiError> mismatch(MethodArgumentTypeMismatchException e) {
        return error(HttpStatus.BAD_REQUEST, "'" + e.getName() + "' has an invalid value '" + e.getValue() + "'");
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ApiError> mediaType(HttpMediaTypeNotSupportedException e) {
        return error(HttpStatus.UNSUPPORTED_MEDIA_TYPE, e.getHeaders(), "Send the request as application/json.");
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ApiError> method(HttpRequestMethodNotSupportedException e) {
        return error(HttpStatus.METHOD_NOT_ALLOWED, e.getHeaders(), "Method " + e.getMethod() + " is not allowed here.");
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ApiError> notFound(NoResourceFoundException e) {
        return error(HttpStatus.NOT_FOUND, "Not found: /" + e.getResourcePath());
    }

    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<ApiError> undecodableParameter(InvalidParameterException e) {
        return error(HttpStatus.BAD_REQUEST, "A query parameter is not valid percent-encoded UTF-8.");
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<ApiError> notAcceptable(HttpMediaTypeNotAcceptableException e) {
        // Spring raises the same exception for an Accept header it cannot parse, then with no supported types.
        if (e.getSupportedMediaTypes().isEmpty()) {
            return error(HttpStatus.BAD_REQUEST, "The Accept header is not a valid list of media types.");
        }
        return error(HttpStatus.NOT_ACCEPTABLE, "This resource is available as " + e.getSupportedMediaTypes() + ".");
    }

    /** The database is down (a feedback vote, the staff tools): a 503 to retry, not a 500 with a stack trace per request. */
    @ExceptionHandler({DataAccessResourceFailureException.class, TransientDataAccessException.class, CannotCreateTransactionException.class})
    ResponseEntity<ApiError> databaseDown(Exception e) {
        log.warn("Database unreachable: {}", NestedExceptionUtils.getMostSpecificCause(e).toString());
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, ApiError.RETRY_AFTER_DATABASE);
        return error(HttpStatus.SERVICE_UNAVAILABLE, headers, "This cannot be saved or read right now: try again later.");
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ApiError> unexpected(Exception e) {
        if (DisconnectedClientHelper.isClientDisconnectedException(e)) {
            // The client went away mid-answer: nobody is left to answer, and nothing is wrong here.
            log.debug("Client disconnected: {}", e.toString());
            return null;
        }
        log.error("Unexpected error", e);
        return error(HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong on our side.");
    }

    private static ResponseEntity<ApiError> error(HttpStatusCode status, String message) {
        return error(status, HttpHeaders.EMPTY, message);
    }

    /** With the content type set here, writing the body needs no (possibly unreadable) Accept header. */
    private static ResponseEntity<ApiError> error(HttpStatusCode status, HttpHeaders headers, String message) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes current
                && ErrorAudience.wantsPage(current.getRequest()) && current.getResponse() != null) {
            HttpServletResponse response = current.getResponse();
            headers.forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
            try {
                response.sendError(status.value());
            } catch (IOException | IllegalStateException e) {
                log.debug("Could not send the error page: {}", e.toString());
            }
            return null;
        }
        return ResponseEntity.status(status).headers(headers).contentType(MediaType.APPLICATION_JSON).body(new ApiError(message));
    }
}

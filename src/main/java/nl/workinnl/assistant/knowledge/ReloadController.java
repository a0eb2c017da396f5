package nl.workinnl.assistant.knowledge;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code POST /api/v1/admin/reload}: for deployments that copy files rather than change them where
 * the service watches. Needs {@code Authorization: Bearer <assistant.reload-token>} (deployment
 * scripts), or an editor's HTTP Basic login of the staff area (role EDITOR, checked by the staff
 * area's security chain before this runs). Without a configured token, only editors can reload: to
 * anyone else the endpoint does not exist.
 */
@RestController
class ReloadController {

    /** The staff area's editor role, as the servlet API names it (Spring Security adds "ROLE_"). */
    static final String EDITOR = "EDITOR";

    private final KnowledgeReloader reloader;
    private final byte[] tokenDigest;

    ReloadController(KnowledgeReloader reloader, ReloadProperties properties) {
        this.reloader = reloader;
        String token = properties.reloadToken() == null ? "" : properties.reloadToken().trim();
        this.tokenDigest = token.isEmpty() ? null : sha256(token);
    }

    @PostMapping("/api/v1/admin/reload")
    ResponseEntity<Map<String, Object>> reload(@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
                                               HttpServletRequest request) {
        // Spring Security's request wrapper answers for the staff area's login (role EDITOR).
        boolean editor = request.isUserInRole(EDITOR);
        if (tokenDigest == null && !editor) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No such endpoint.");
        }
        if (!editor && !authorized(authorization)) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                    .body(Map.of("error", "A valid 'Authorization: Bearer <token>' is required."));
        }
        return switch (reloader.reload(editor ? "reload endpoint (editor " + request.getRemoteUser() + ")" : "reload endpoint")) {
            case ReloadResult.Swapped s -> ResponseEntity.ok(Map.of("result", "swapped", "version", s.version(),
                    "statusChanges", s.statusChanges()));
            case ReloadResult.Unchanged u -> ResponseEntity.ok(Map.of("result", "unchanged", "version", u.version()));
            case ReloadResult.Refused r -> ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(Map.of(
                    "error", r.problems().size() + " problem(s) in the data files; version " + r.serving() + " keeps serving.",
                    "problems", r.problems().stream().map(Object::toString).toList()));
        };
    }

    private boolean authorized(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        // Digests of equal length, compared in constant time: neither the content nor the length of the token leaks.
        return MessageDigest.isEqual(tokenDigest, sha256(authorization.substring(7).trim()));
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}

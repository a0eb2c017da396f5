package nl.workinnl.assistant.corpus;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads YAML data files from a base location (classpath or a directory) into validated records.
 * Every mistake is recorded as a {@link DataProblem} naming the file and the field, so that one
 * start-up reports all of them.
 */
public final class DataFileReader {

    private final ResourcePatternResolver resolver;
    private final String baseLocation;
    private final String displayRoot;
    private final Validator validator;
    private final DataFingerprint fingerprint;
    private final String kind;
    private final YAMLMapper mapper = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .build();

    /**
     * @param baseLocation a Spring resource location ending in '/', e.g. {@code classpath:corpus/}
     * @param displayRoot  how files are named in messages: {@code corpus}, or the directory read instead
     */
    public DataFileReader(ResourcePatternResolver resolver, String baseLocation, String displayRoot, Validator validator) {
        this(resolver, baseLocation, displayRoot, validator, new DataFingerprint(), displayRoot);
    }

    /**
     * @param fingerprint where every file read is added
     * @param kind        the data folder's own name ({@code corpus}, {@code translations}), which names files in
     *                    the fingerprint whatever directory they come from
     */
    public DataFileReader(ResourcePatternResolver resolver, String baseLocation, String displayRoot, Validator validator,
                          DataFingerprint fingerprint, String kind) {
        this.resolver = resolver;
        this.baseLocation = baseLocation.endsWith("/") ? baseLocation : baseLocation + "/";
        this.displayRoot = displayRoot;
        this.validator = validator;
        this.fingerprint = fingerprint;
        this.kind = kind;
    }

    /** A file read from the data folder, with the name it has in messages. */
    public record Read<T>(String file, String baseName, T value) {}

    public <T> List<Read<T>> readAll(String folder, Class<T> type, List<DataProblem> problems) {
        Resource[] resources;
        try {
            resources = resolver.getResources(baseLocation + folder + "/*.yaml");
        } catch (IOException e) {
            problems.add(new DataProblem(displayName(folder), null, "cannot list files: " + e.getMessage()));
            return List.of();
        }
        List<Read<T>> result = new ArrayList<>();
        Arrays.stream(resources)
                .sorted(Comparator.comparing(Resource::getFilename))
                .forEach(resource -> read(resource, folder + "/" + resource.getFilename(), type, problems)
                        .ifPresent(result::add));
        return result;
    }

    public <T> Optional<Read<T>> readOne(String path, Class<T> type, List<DataProblem> problems) {
        Resource resource = resolver.getResource(baseLocation + path);
        if (!resource.exists()) {
            problems.add(new DataProblem(displayName(path), null, "file is missing"));
            return Optional.empty();
        }
        return read(resource, path, type, problems);
    }

    /** A file's name in messages: below the directory actually read, or the packaged folder's name. */
    public String displayName(String path) {
        return displayRoot + "/" + path;
    }

    /** The names (without .yaml) of all files in a folder, also of those that cannot be read. */
    public List<String> baseNames(String folder) {
        try {
            return Arrays.stream(resolver.getResources(baseLocation + folder + "/*.yaml"))
                    .map(r -> r.getFilename().replaceFirst("\\.yaml$", "")).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    public boolean exists(String path) {
        return resolver.getResource(baseLocation + path).exists();
    }

    private <T> Optional<Read<T>> read(Resource resource, String path, Class<T> type, List<DataProblem> problems) {
        String file = displayName(path);
        String baseName = resource.getFilename().replaceFirst("\\.yaml$", "");
        T value;
        try (InputStream in = resource.getInputStream()) {
            byte[] content = in.readAllBytes();
            fingerprint.add(kind + "/" + path, content);
            value = mapper.readValue(content, type);
        } catch (IOException e) {
            problems.add(new DataProblem(file, null, "cannot read: " + e.getMessage()));
            return Optional.empty();
        } catch (JacksonException e) {
            problems.add(new DataProblem(file, fieldOf(e), describe(e)));
            return Optional.empty();
        }
        if (value == null) {
            problems.add(new DataProblem(file, null, "file is empty"));
            return Optional.empty();
        }
        List<DataProblem> violations = validator.validate(value).stream()
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .map(v -> new DataProblem(file, v.getPropertyPath().toString(), describe(v)))
                .toList();
        problems.addAll(violations);
        return violations.isEmpty() ? Optional.of(new Read<>(file, baseName, value)) : Optional.empty();
    }

    private static String fieldOf(JacksonException e) {
        return e.getPath().stream()
                .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static String describe(JacksonException e) {
        if (e instanceof UnrecognizedPropertyException u) {
            return "unknown field; known fields are " + u.getKnownPropertyIds();
        }
        if (e instanceof InvalidFormatException f && f.getTargetType().isEnum()) {
            return "'" + f.getValue() + "' is not one of " + Arrays.toString(f.getTargetType().getEnumConstants());
        }
        String message = e.getOriginalMessage();
        if (e.getLocation() != null && e.getLocation().getLineNr() > 0) {
            message += " (line " + e.getLocation().getLineNr() + ")";
        }
        return message;
    }

    private static String describe(ConstraintViolation<?> v) {
        Object invalid = v.getInvalidValue();
        boolean showValue = invalid instanceof String s && !s.isBlank() && s.length() < 60;
        return v.getMessage() + (showValue ? " (is '" + invalid + "')" : "");
    }
}

package dev.northstar.discovery;

import dev.northstar.common.InvalidInputException;
import dev.northstar.common.NorthstarProperties;
import dev.northstar.common.NotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Uploaded CSV files between the upload and the import, kept under the data directory for a couple
 * of hours, each visible only to the person who uploaded it, with the state of its import.
 */
@Component
class StagedImports {

    static final Duration KEEP = Duration.ofHours(2);
    private static final Logger log = LoggerFactory.getLogger(StagedImports.class);

    record Upload(String token, UUID productId, UUID userId, String fileName, Path file, long size, Instant at) {}

    /** The state of one import run; written by the importing thread, read by whoever polls. */
    static final class Job {
        volatile String state = "running";
        volatile String phase = "reading";
        volatile long read;
        volatile long size;
        volatile long saved;
        volatile long total;
        volatile int imported;
        volatile List<InvalidInputException.FieldError> errors = List.of();
        volatile NoteImportMapping mapping;

        boolean running() {
            return "running".equals(state);
        }

        NoteImportProgress progress() {
            int percent = switch (state) {
                case "done" -> 100;
                case "failed" -> 0;
                default ->
                    switch (phase) {
                        case "reading" -> size == 0 ? 0 : (int) Math.min(40, 40 * read / size);
                        case "saving" -> total == 0 ? 40 : (int) (40 + 55 * saved / total);
                        default -> 97;
                    };
            };
            return new NoteImportProgress(state, running() ? phase : null, percent, saved, total, imported, errors);
        }
    }

    private final Path dir;
    private final Map<String, Upload> uploads = new ConcurrentHashMap<>();
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();

    StagedImports(NorthstarProperties properties) {
        this.dir = properties.dir("imports");
        try {
            Files.createDirectories(dir);
            // uploads do not outlive a restart: their owners and jobs were in memory
            try (Stream<Path> old = Files.list(dir)) {
                old.forEach(StagedImports::deleteQuietly);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Upload save(UUID productId, UUID userId, InputStream in, String fileName) {
        expire();
        String token = UUID.randomUUID().toString();
        Path file = dir.resolve(token + ".csv");
        try {
            long size = Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            Upload u = new Upload(
                    token,
                    productId,
                    userId,
                    fileName == null || fileName.isBlank() ? "upload.csv" : fileName.strip(),
                    file,
                    size,
                    Instant.now());
            uploads.put(token, u);
            return u;
        } catch (IOException e) {
            deleteQuietly(file);
            throw new UncheckedIOException(e);
        }
    }

    /** The upload, if it exists, belongs to this product and was made by this user; otherwise "not found". */
    Upload get(UUID productId, UUID userId, String token) {
        Upload u = token == null ? null : uploads.get(token);
        if (u == null || !u.productId().equals(productId) || !u.userId().equals(userId) || expired(u)) {
            throw new NotFoundException("upload (it may have expired; upload the file again)");
        }
        return u;
    }

    Job job(String token) {
        return jobs.get(token);
    }

    void putJob(String token, Job job) {
        jobs.put(token, job);
    }

    /** Drops the file but keeps the upload's record, so the outcome of its import stays readable until it expires. */
    void dropFile(Upload u) {
        deleteQuietly(u.file());
    }

    /** Drops the file, the record and the outcome. */
    void forget(Upload u) {
        uploads.remove(u.token());
        jobs.remove(u.token());
        deleteQuietly(u.file());
    }

    private void expire() {
        for (Upload u : List.copyOf(uploads.values())) {
            if (expired(u)) {
                Job j = jobs.get(u.token());
                if (j == null || !j.running()) {
                    forget(u);
                }
            }
        }
    }

    private static boolean expired(Upload u) {
        return u.at().plus(KEEP).isBefore(Instant.now());
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            log.warn("could not delete {}: {}", p, e.getMessage());
        }
    }
}

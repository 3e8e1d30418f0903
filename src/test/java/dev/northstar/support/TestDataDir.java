package dev.northstar.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A fresh data directory per test JVM, so tests never touch ./northstar-data. */
public final class TestDataDir {

    private static final Path DIR;

    static {
        try {
            DIR = Files.createTempDirectory("northstar-test-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private TestDataDir() {}

    public static Path fresh(String name) {
        try {
            return Files.createDirectories(DIR.resolve(name + "-" + System.nanoTime()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

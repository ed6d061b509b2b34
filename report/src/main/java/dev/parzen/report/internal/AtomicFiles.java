package dev.parzen.report.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicLong;

/** Replaces a file in one step, so a browser reloading it never reads half a page. */
public final class AtomicFiles {

  private static final AtomicLong COUNTER = new AtomicLong();

  private AtomicFiles() {}

  /**
   * Writes {@code text} to a temporary file beside {@code file}, then moves it over {@code file}.
   *
   * @throws IOException when the directory cannot be created or written
   */
  public static void write(Path file, String text) throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    // Not Files.createTempFile: its owner-only permissions would carry over to the report.
    Path temp =
        dir.resolve(
            "."
                + file.getFileName()
                + "."
                + ProcessHandle.current().pid()
                + "-"
                + COUNTER.incrementAndGet()
                + ".tmp");
    try {
      Files.writeString(
          temp,
          text,
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE_NEW,
          StandardOpenOption.WRITE);
      try {
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }
}

package dev.parzen.mlflow.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Replaces a file's content in one step (write a temporary file, then move it into place), as
 * MLflow does for {@code meta.yaml}: a reader never sees half a file.
 */
final class AtomicFiles {

  private AtomicFiles() {}

  /**
   * Writes {@code content} to {@code target}, staging it in {@code stagingDir} (same file system,
   * and a folder MLflow does not read files from).
   */
  static void write(Path target, String content, Path stagingDir) throws IOException {
    Path tmp = Files.createTempFile(stagingDir, ".parzen-", ".tmp");
    try {
      Files.writeString(tmp, content, StandardCharsets.UTF_8);
      try {
        Files.move(
            tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}

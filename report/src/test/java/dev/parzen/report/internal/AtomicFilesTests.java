package dev.parzen.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTests {

  @TempDir Path dir;

  @Test
  void replacesTheFileAndLeavesNoTemporaryFileBehind() throws Exception {
    Path file = dir.resolve("report.html");
    Files.writeString(file, "old");

    AtomicFiles.write(file, "new");

    assertThat(file).hasContent("new");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(file);
    }
  }

  @Test
  void theReportIsReadableByOthersLikeAnyFileTheBuildWrites() throws Exception {
    Path file = dir.resolve("report.html");
    Path plain = Files.writeString(dir.resolve("plain.txt"), "x");

    AtomicFiles.write(file, "page");

    assertThat(Files.getPosixFilePermissions(file)).isEqualTo(Files.getPosixFilePermissions(plain));
  }

  @Test
  void createsMissingDirectories() throws Exception {
    Path file = dir.resolve("XgbTuning/logLoss/report.html");

    AtomicFiles.write(file, "page");

    assertThat(file).hasContent("page");
  }
}

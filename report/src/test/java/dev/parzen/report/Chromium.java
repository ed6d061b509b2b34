package dev.parzen.report;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Debian's headless Chromium, run as a command: it loads a page, runs its scripts with a virtual
 * time budget, and prints the resulting DOM or saves a screenshot.
 */
final class Chromium {

  private static final List<String> NAMES =
      List.of("chromium", "chromium-browser", "google-chrome");
  private static final long TIMEOUT_SECONDS = 120;

  /** What one run printed. */
  record Run(int exitCode, String stdout, String stderr) {}

  private final Path binary;
  private final Path profile;

  private Chromium(Path binary, Path profile) {
    this.binary = binary;
    this.profile = profile;
  }

  /**
   * The browser on the PATH, or skips the calling test (an assumption) when there is none: on
   * Debian, {@code apt-get install -y chromium}.
   */
  static Chromium onPathOrSkip(Path profile) {
    Optional<Path> found = find();
    assumeTrue(
        found.isPresent(),
        "no Chromium on the PATH (looked for "
            + NAMES
            + "); install it: apt-get install -y chromium");
    return new Chromium(found.get(), profile);
  }

  private static Optional<Path> find() {
    String path = System.getenv().getOrDefault("PATH", "");
    return NAMES.stream()
        .flatMap(
            name ->
                Stream.of(path.split(File.pathSeparator))
                    .filter(dir -> !dir.isBlank())
                    .map(dir -> Path.of(dir, name)))
        .filter(Files::isExecutable)
        .findFirst();
  }

  /** Loads {@code page} and returns the DOM after its scripts ran, with the browser's log. */
  Run dumpDom(Path page) throws IOException, InterruptedException {
    return run(List.of("--dump-dom", page.toUri().toString()));
  }

  /** Loads {@code page} in a {@code width}×{@code height} window and saves a PNG of it. */
  Run screenshot(Path page, Path png, int width, int height)
      throws IOException, InterruptedException {
    return run(
        List.of(
            "--hide-scrollbars",
            "--window-size=" + width + "," + height,
            "--screenshot=" + png.toAbsolutePath(),
            page.toUri().toString()));
  }

  private Run run(List<String> args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(binary.toString());
    // No sandbox as root, no GPU, and none of the background connections a closed network refuses.
    command.addAll(
        List.of(
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--user-data-dir=" + profile.toAbsolutePath(),
            "--enable-logging=stderr",
            "--v=0",
            "--virtual-time-budget=10000"));
    command.addAll(args);
    Path out = Files.createTempFile("chromium", ".out");
    Path err = Files.createTempFile("chromium", ".err");
    try {
      Process p =
          new ProcessBuilder(command)
              .redirectOutput(out.toFile())
              .redirectError(err.toFile())
              .start();
      p.getOutputStream().close(); // nothing to say on its standard input
      if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        p.destroyForcibly().waitFor();
        throw new IllegalStateException(
            "Chromium did not finish within %d s: %s".formatted(TIMEOUT_SECONDS, command));
      }
      return new Run(
          p.exitValue(),
          Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }
}

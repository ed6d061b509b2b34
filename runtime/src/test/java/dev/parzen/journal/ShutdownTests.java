package dev.parzen.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stops a tuning JVM the way Ctrl-C does and checks the running trial is marked interrupted. */
class ShutdownTests {

  @TempDir Path dir;

  @Test
  void aJvmShutdownMarksTheRunningTrialInterruptedInTheJournal() throws Exception {
    Path journal = dir.resolve("journal.jsonl");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p =
        new ProcessBuilder(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                JournalledTuningMain.class.getName(),
                journal.toString(),
                "10",
                "60000")
            .redirectErrorStream(true)
            .start();
    try (BufferedReader r =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null && !line.equals("started #0")) {
        // wait until the first trial runs
      }
    }
    p.destroy(); // SIGTERM: shutdown hooks run, as on Ctrl-C
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    List<String> lines = Files.readAllLines(journal);
    assertThat(lines.get(lines.size() - 1))
        .contains("\"number\":0")
        .contains("\"status\":\"INTERRUPTED\"")
        .contains("JVM shutdown");
  }
}

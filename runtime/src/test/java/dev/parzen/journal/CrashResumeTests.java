package dev.parzen.journal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Kills a tuning JVM at random moments and resumes it, checking that the journal loses nothing. */
class CrashResumeTests {

  private static final int MAX_EVALS = 60;
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void killedRunsResumeWithoutLosingOrDuplicatingFinishedTrials() throws Exception {
    Path journal = dir.resolve("journal.jsonl");
    Set<Integer> reportedFinished = new HashSet<>();
    Random random = new Random(17);
    for (int kill = 0; kill < 5; kill++) {
      Process p = start(journal, 40);
      List<String> out = collect(p);
      awaitFirstTrial(p, out);
      Thread.sleep(random.nextInt(400));
      p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      reportedFinished.addAll(finished(out));
      assertThat(finishedNumbers(journal)).containsAll(reportedFinished).doesNotHaveDuplicates();
    }
    Process last = start(journal, 5);
    List<String> out = collect(last);
    assertThat(last.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(last.exitValue()).as("child output: %s", out).isZero();
    List<Integer> numbers = finishedNumbers(journal);
    assertThat(numbers).hasSize(MAX_EVALS).doesNotHaveDuplicates().containsAll(reportedFinished);
  }

  private Process start(Path journal, int sleepMs) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(
            java,
            "-cp",
            System.getProperty("java.class.path"),
            JournalledTuningMain.class.getName(),
            journal.toString(),
            String.valueOf(MAX_EVALS),
            String.valueOf(sleepMs))
        .redirectErrorStream(true)
        .start();
  }

  private static List<String> collect(Process p) {
    List<String> lines = new CopyOnWriteArrayList<>();
    Thread t =
        new Thread(
            () -> {
              try (BufferedReader r =
                  new BufferedReader(
                      new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                  lines.add(line);
                }
              } catch (IOException ignored) {
                // the process was killed
              }
            });
    t.setDaemon(true);
    t.start();
    return lines;
  }

  /** Kill moments are drawn once the child is tuning, not while its JVM still starts. */
  private static void awaitFirstTrial(Process p, List<String> out) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (out.stream().noneMatch(l -> l.startsWith("started #")) && System.nanoTime() < deadline) {
      assertThat(p.isAlive()).as("child output: %s", out).isTrue();
      Thread.sleep(20);
    }
  }

  private static Set<Integer> finished(List<String> out) {
    Set<Integer> n = new HashSet<>();
    for (String line : out) {
      if (line.startsWith("finished #")) {
        n.add(Integer.parseInt(line.substring("finished #".length())));
      }
    }
    return n;
  }

  /** Parses every line (ignoring an unfinished last one) and returns the finished trials. */
  private static List<Integer> finishedNumbers(Path journal) throws IOException {
    String text = Files.readString(journal);
    String[] lines = text.split("\n");
    List<Integer> numbers = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      JsonNode node;
      try {
        node = JSON.readTree(lines[i]);
      } catch (IOException e) {
        assertThat(i).as("only the last line may be unfinished").isEqualTo(lines.length - 1);
        assertThat(text).doesNotEndWith("\n");
        continue;
      }
      if (node.get("type").asText().equals("trial")) {
        numbers.add(node.get("number").asInt());
      }
    }
    return numbers;
  }
}

package dev.parzen.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parzen.Assignment;
import dev.parzen.Diagnostic;
import dev.parzen.Loss;
import dev.parzen.Objective;
import dev.parzen.Parzen;
import dev.parzen.Space;
import dev.parzen.Trial;
import dev.parzen.TrialStatus;
import dev.parzen.TuningResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;

/**
 * Tuning against a standalone cluster whose Master, Worker and executors are separate processes,
 * with the tuning's classes shipped as jars; one test kills the executor in the middle of a run.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StandaloneClusterTests {

  private static final Space<Assignment> SPACE = Space.builder().uniform("x", 0, 1).build();
  private static final int DOOMED = 4;

  private static Path dir;
  private static StandaloneCluster cluster;
  private static SparkExecutor spark;

  @BeforeAll
  static void startCluster() throws Exception {
    // One directory, emptied per run, keeps the last run's Master, Worker and executor logs.
    dir = Path.of("target", "standalone").toAbsolutePath();
    deleteRecursively(dir);
    Files.createDirectories(dir);
    cluster = StandaloneCluster.start(dir, 2);
    spark =
        SparkExecutor.builder()
            .master(cluster.masterUrl())
            .appName("standalone")
            .classpath(ClasspathShipping.JARS)
            // Spark's cluster default: a lost task would be retried; Parzen must not re-run it.
            .set("spark.task.maxFailures", "4")
            .set("spark.executor.memory", "512m")
            .build();
    awaitExecutor();
  }

  @AfterAll
  static void stopCluster() {
    try {
      if (spark != null) {
        spark.close();
      }
    } finally {
      if (cluster != null) {
        cluster.close();
      }
    }
  }

  @Test
  @Order(1)
  void threadsPerTrialBecomesATaskResourceProfileSoTrialsDoNotShareCores() {
    TuningResult<Assignment> r =
        Parzen.minimize(SPACE, StandaloneClusterTests::timed)
            .maxEvals(4)
            .parallelism(2)
            .threadsPerTrial(2)
            .executor(spark)
            .discoverListeners(false)
            .run();
    assertThat(r.trials().list()).hasSize(4).allMatch(Trial::isOk);
    assertThat(r.diagnostics())
        .extracting(Diagnostic::message)
        .noneMatch(m -> m.contains("threadsPerTrial"));
    List<Trial<Assignment>> byStart = new ArrayList<>(r.trials().list());
    byStart.sort(Comparator.comparing(t -> Long.parseLong(t.attachments().get("start"))));
    for (int i = 1; i < byStart.size(); i++) {
      long previousEnd = Long.parseLong(byStart.get(i - 1).attachments().get("end"));
      assertThat(Long.parseLong(byStart.get(i).attachments().get("start")))
          .isGreaterThanOrEqualTo(previousEnd);
    }
  }

  @Test
  @Order(2)
  void aKilledExecutorFailsItsTrialAndTheRunCompletesWithEveryTrialJournalled() throws Exception {
    Path markers = Files.createDirectories(dir.resolve("markers"));
    Path journal = dir.resolve("killed.jsonl");
    CompletableFuture<TuningResult<Assignment>> run =
        CompletableFuture.supplyAsync(
            () ->
                Parzen.minimize(SPACE, killable(markers.toString()))
                    .name("killed")
                    .maxEvals(10)
                    .parallelism(2)
                    .journal(journal)
                    .executor(spark)
                    .discoverListeners(false)
                    .run());
    long pid = awaitMarker(markers.resolve("doomed.pid"));
    assertThat(cluster.executorPids()).contains(pid);
    ProcessHandle.of(pid).orElseThrow().destroyForcibly();

    TuningResult<Assignment> r = run.get(4, TimeUnit.MINUTES);
    Trial<Assignment> doomed = r.trials().list().get(DOOMED);
    assertThat(doomed.status()).isEqualTo(TrialStatus.FAILED);
    assertThat(doomed.error().orElseThrow().summary()).startsWith("executor lost: ");
    assertThat(r.trials().list()).hasSize(10);
    assertThat(r.trials().failed())
        .allSatisfy(t -> assertThat(t.error().orElseThrow().type()).isEqualTo("executor lost"));
    assertThat(r.trials().ok()).hasSizeGreaterThanOrEqualTo(8);
    assertThat(journalledTrials(journal))
        .containsExactlyInAnyOrderElementsOf(
            r.trials().stream().map(t -> t.number() + " " + t.status()).toList());
    assertThat(Files.readAllLines(markers.resolve("invocations.txt")))
        .filteredOn(line -> line.equals("trial " + DOOMED))
        .hasSize(1);
  }

  static Loss timed(Assignment p, dev.parzen.TrialContext trial) throws InterruptedException {
    long start = System.currentTimeMillis();
    Thread.sleep(300);
    return Loss.of(p.getDouble("x"))
        .withAttachment("start", String.valueOf(start))
        .withAttachment("end", String.valueOf(System.currentTimeMillis()));
  }

  /** Trial {@value #DOOMED} announces its executor's pid and waits to be killed with it. */
  static Objective<Assignment> killable(String markers) {
    return (p, trial) -> {
      Path dir = Path.of(markers);
      Files.writeString(
          dir.resolve("invocations.txt"),
          "trial " + trial.trialNumber() + "\n",
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
      if (trial.trialNumber() == DOOMED) {
        Path tmp = dir.resolve("doomed.tmp");
        Files.writeString(tmp, String.valueOf(ProcessHandle.current().pid()));
        Files.move(tmp, dir.resolve("doomed.pid"));
        Thread.sleep(120_000);
      }
      Thread.sleep(200);
      return Loss.of(p.getDouble("x"));
    };
  }

  private static long awaitMarker(Path marker) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
    while (!Files.exists(marker)) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("trial " + DOOMED + " never started on an executor");
      }
      Thread.sleep(50);
    }
    return Long.parseLong(Files.readString(marker).trim());
  }

  private static List<String> journalledTrials(Path journal) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<String> out = new ArrayList<>();
    for (String line : Files.readAllLines(journal)) {
      JsonNode n = json.readTree(line);
      if (n.path("type").asText().equals("trial")) {
        out.add(n.get("number").asInt() + " " + n.get("status").asText());
      }
    }
    return out;
  }

  private static void deleteRecursively(Path root) throws IOException {
    if (Files.exists(root)) {
      try (var paths = Files.walk(root)) {
        for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }

  private static void awaitExecutor() throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
    while (spark.context().sc().getExecutorMemoryStatus().size() < 2) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("no executor registered; see the logs in " + dir);
      }
      Thread.sleep(100);
    }
  }
}

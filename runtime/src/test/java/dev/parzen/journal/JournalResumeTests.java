package dev.parzen.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parzen.Assignment;
import dev.parzen.Diagnostic;
import dev.parzen.Parzen;
import dev.parzen.Space;
import dev.parzen.Trial;
import dev.parzen.TuningResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalResumeTests {

  @TempDir Path dir;

  private static final Space<Assignment> SPACE =
      Space.builder().uniform("x", -5, 5).loguniform("lr", 1e-4, 1).choice("k", "a", "b").build();

  private static double loss(Assignment p) {
    return p.getDouble("x") * p.getDouble("x") + (p.get("k").equals("a") ? 0 : 1);
  }

  private TuningResult<Assignment> run(Space<Assignment> space, Path journal, int maxEvals) {
    return Parzen.minimize(space, p -> p.getDouble("x") * p.getDouble("x"))
        .seed(11)
        .maxEvals(maxEvals)
        .journal(journal)
        .discoverListeners(false)
        .run();
  }

  @Test
  void everyTrialIsOneJsonLineAfterTheHeader() throws IOException {
    Path journal = dir.resolve("j.jsonl");
    run(SPACE, journal, 5);
    List<String> lines = Files.readAllLines(journal);
    assertThat(lines).hasSize(6);
    assertThat(lines.get(0)).startsWith("{\"type\":\"header\"").contains("\"seed\":11");
    assertThat(lines.get(1))
        .startsWith("{\"type\":\"trial\",\"number\":0,\"status\":\"OK\",\"params\":{\"x\":")
        .contains("\"k\":\"");
  }

  @Test
  void aRerunWithTheSameSpaceResumesAndCountsTheBudgetInTotal() {
    Path journal = dir.resolve("j.jsonl");
    run(SPACE, journal, 6);
    TuningResult<Assignment> resumed = run(SPACE, journal, 10);
    assertThat(resumed.trials().size()).isEqualTo(10);
    assertThat(resumed.trials().list())
        .extracting(Trial::number)
        .containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
    assertThat(resumed.seed()).isEqualTo(11);
  }

  @Test
  void aResumedRunContinuesExactlyWhereAnUninterruptedOneWouldBe() {
    Path journal = dir.resolve("j.jsonl");
    run(SPACE, journal, 7);
    List<Assignment> resumed =
        run(SPACE, journal, 15).trials().stream().map(Trial::assignment).toList();
    List<Assignment> straight =
        run(SPACE, dir.resolve("other.jsonl"), 15).trials().stream()
            .map(Trial::assignment)
            .toList();
    assertThat(resumed).isEqualTo(straight);
    assertThat(resumed.subList(7, 15)).doesNotContainAnyElementsOf(resumed.subList(0, 7));
  }

  @Test
  void aResumedTuningThatAlreadyStoppedEarlyRunsNoFurtherTrial() {
    Path journal = dir.resolve("j.jsonl");
    java.util.concurrent.atomic.AtomicInteger calls =
        new java.util.concurrent.atomic.AtomicInteger();
    java.util.function.Supplier<TuningResult<Assignment>> run =
        () ->
            Parzen.minimize(SPACE, p -> calls.incrementAndGet() == 1 ? 0.0 : 1.0)
                .seed(11)
                .maxEvals(50)
                .earlyStop(dev.parzen.EarlyStop.noProgress(3))
                .journal(journal)
                .discoverListeners(false)
                .run();
    TuningResult<Assignment> first = run.get();
    assertThat(first.trials().size()).isEqualTo(4);
    TuningResult<Assignment> again = run.get();
    assertThat(again.trials().size()).isEqualTo(4);
    assertThat(again.stopReason()).isEqualTo(dev.parzen.StopReason.EARLY_STOP);
    assertThat(calls.get()).isEqualTo(4);
  }

  @Test
  void anAddedParameterKeepsTheHistory() {
    Path journal = dir.resolve("j.jsonl");
    run(SPACE, journal, 5);
    Space<Assignment> wider =
        Space.builder()
            .uniform("x", -5, 5)
            .loguniform("lr", 1e-4, 1)
            .choice("k", "a", "b", "c")
            .uniform("extra", 0, 1)
            .build();
    TuningResult<Assignment> r = run(wider, journal, 9);
    assertThat(r.trials().size()).isEqualTo(9);
    assertThat(r.trials().get(0).assignment().has("extra")).isFalse();
    assertThat(r.trials().get(8).assignment().has("extra")).isTrue();
    assertThat(r.diagnostics())
        .extracting(Diagnostic::message)
        .anySatisfy(m -> assertThat(m).contains("parameter 'extra' is new"))
        .anySatisfy(m -> assertThat(m).contains("'k': option c is new"));
  }

  @Test
  void aNarrowedBoundIsRefusedNamingTheDifferenceAndKeepingTheJournal() throws IOException {
    Path journal = dir.resolve("j.jsonl");
    run(SPACE, journal, 5);
    byte[] before = Files.readAllBytes(journal);
    Space<Assignment> narrowed =
        Space.builder().uniform("x", -1, 5).loguniform("lr", 1e-4, 1).choice("k", "a", "b").build();
    assertThatThrownBy(() -> run(narrowed, journal, 9))
        .isInstanceOf(JournalException.class)
        .hasMessageContaining("'x': min narrowed from -5.0 to -1.0")
        .hasMessageContaining("The journal is left untouched there")
        .hasMessageContaining(journal.toString());
    assertThat(Files.readAllBytes(journal)).isEqualTo(before);
  }

  @Test
  void resumeOffKeepsTheOldJournalUnderADatedName() throws IOException {
    Path journal = dir.resolve("j.jsonl");
    run(SPACE, journal, 4);
    TuningResult<Assignment> fresh =
        Parzen.minimize(SPACE, JournalResumeTests::loss)
            .seed(11)
            .maxEvals(3)
            .journal(journal)
            .resume(false)
            .discoverListeners(false)
            .run();
    assertThat(fresh.trials().size()).isEqualTo(3);
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .hasSize(2)
          .anySatisfy(n -> assertThat(n).matches("j\\.\\d{8}-\\d{6}\\.jsonl"));
    }
  }

  @Test
  void anUnfinishedLastLineIsIgnoredWithAWarning() throws IOException {
    Path journal = dir.resolve("j.jsonl");
    run(SPACE, journal, 4);
    Files.writeString(
        journal, "{\"type\":\"trial\",\"number\":4,\"sta", java.nio.file.StandardOpenOption.APPEND);
    TuningResult<Assignment> r = run(SPACE, journal, 6);
    assertThat(r.trials().size()).isEqualTo(6);
    assertThat(r.diagnostics())
        .extracting(Diagnostic::message)
        .anySatisfy(m -> assertThat(m).contains("ignored the unfinished last line 6"));
    List<String> lines = Files.readAllLines(journal, StandardCharsets.UTF_8);
    assertThat(lines.get(5)).endsWith("\"sta");
    assertThat(lines.get(6)).startsWith("{\"type\":\"resume\"");
  }

  @Test
  void aMalformedLineInTheMiddleIsAnErrorNamingFileAndLine() throws IOException {
    Path journal = dir.resolve("j.jsonl");
    run(SPACE, journal, 4);
    List<String> lines = new java.util.ArrayList<>(Files.readAllLines(journal));
    lines.set(2, "not json");
    Files.write(journal, lines);
    byte[] before = Files.readAllBytes(journal);
    assertThatThrownBy(() -> run(SPACE, journal, 6))
        .isInstanceOf(JournalException.class)
        .hasMessageContaining(journal + ", line 3: it is not valid JSON")
        .hasMessageContaining("Nothing was changed");
    assertThat(Files.readAllBytes(journal)).isEqualTo(before);
  }

  @Test
  void aChangedDirectionIsRefused() {
    Path journal = dir.resolve("j.jsonl");
    run(SPACE, journal, 3);
    assertThatThrownBy(
            () ->
                Parzen.maximize(SPACE, p -> 1.0)
                    .seed(11)
                    .maxEvals(5)
                    .journal(journal)
                    .discoverListeners(false)
                    .run())
        .isInstanceOf(JournalException.class)
        .hasMessageContaining("the direction changed from MINIMIZE to MAXIMIZE");
  }
}

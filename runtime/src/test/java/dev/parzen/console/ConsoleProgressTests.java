package dev.parzen.console;

import static dev.parzen.console.TuningTestCase.failed;
import static dev.parzen.console.TuningTestCase.info;
import static dev.parzen.console.TuningTestCase.ok;
import static dev.parzen.console.TuningTestCase.progress;
import static dev.parzen.console.TuningTestCase.result;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parzen.Diagnostic;
import dev.parzen.StopReason;
import dev.parzen.Trial;
import dev.parzen.TuningInfo;
import dev.parzen.TuningListener;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConsoleProgressTests {

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

  private String output() {
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private List<String> lines() {
    return output().lines().toList();
  }

  private static Duration seconds(double s) {
    return Duration.ofMillis(Math.round(s * 1000));
  }

  /** Finishes one successful trial per given elapsed time, the n-th with loss 1/n. */
  private static void finishTrialsAt(TuningListener l, TuningInfo info, double... elapsed) {
    Trial<?> best = null;
    for (int i = 0; i < elapsed.length; i++) {
      Trial<?> t = ok(i, 1.0 / (i + 1), 4, 0.03);
      best = t;
      l.trialFinished(info, t, progress(i + 1, 0, best, seconds(elapsed[i])));
    }
  }

  @Test
  void startLineNamesTheBudgetAlgorithmAndSeed() {
    new ConsoleProgress(out, false).tuningStarted(info(120, Map.of()));

    assertThat(lines()).containsExactly("XgbTuning.logLoss: up to 120 trials (random, seed 7)");
  }

  @Test
  void progressLineShowsTrialsFailuresBestElapsedAndWhatRemains() {
    ConsoleProgress progress = new ConsoleProgress(out, false);
    TuningInfo info = info(120, Map.of());
    progress.tuningStarted(info);

    progress.trialFinished(info, failed(56), progress(57, 3, ok(41, 0.213, 4, 0.031), seconds(38)));

    assertThat(lines())
        .last()
        .isEqualTo(
            "XgbTuning.logLoss  57/120 trials, 3 failed, best 0.213 at #41, 38 s elapsed,"
                + " ~42 s left");
  }

  @Test
  void progressLineBeforeAnySuccessSaysSo() {
    ConsoleProgress progress = new ConsoleProgress(out, false);
    TuningInfo info = info(120, Map.of());
    progress.tuningStarted(info);

    progress.trialFinished(info, failed(0), progress(1, 1, null, seconds(2)));

    assertThat(lines())
        .last()
        .isEqualTo(
            "XgbTuning.logLoss  1/120 trials, 1 failed, no successful trial yet, 2.0 s elapsed,"
                + " ~3m 58s left");
  }

  @Test
  void theFirstTrialPrintsAndThenAtMostOneLinePerFiveSeconds() {
    ConsoleProgress progress = new ConsoleProgress(out, false);
    TuningInfo info = info(120, Map.of());
    progress.tuningStarted(info);

    finishTrialsAt(progress, info, 0.1, 1, 4.9, 5.1, 6, 10.0, 10.2, 11);

    assertThat(lines())
        .filteredOn(l -> l.contains("elapsed"))
        .extracting(l -> l.substring(0, l.indexOf(" trials")))
        .containsExactly(
            "XgbTuning.logLoss  1/120", "XgbTuning.logLoss  4/120", "XgbTuning.logLoss  7/120");
  }

  @Test
  void theIntervalIsASetting() {
    ConsoleProgress progress = new ConsoleProgress(out, false);
    TuningInfo info = info(120, Map.of("parzen.progress.interval", "1s"));
    progress.tuningStarted(info);

    finishTrialsAt(progress, info, 0.1, 0.5, 1.1, 1.5, 2.2);

    assertThat(lines()).filteredOn(l -> l.contains("elapsed")).hasSize(3);
  }

  @Test
  void anUnreadableIntervalIsReportedAndTheDefaultUsed() {
    ConsoleProgress progress = new ConsoleProgress(out, false);
    TuningInfo info = info(120, Map.of("parzen.progress.interval", "soon"));
    progress.tuningStarted(info);

    finishTrialsAt(progress, info, 0.1, 3, 5.2);

    assertThat(lines().get(0))
        .contains("parzen.progress.interval", "'soon'", "write e.g. 90s", "every 5.0 s instead");
    assertThat(lines()).filteredOn(l -> l.contains("elapsed")).hasSize(2);
  }

  @Test
  void withoutATerminalNoCarriageReturnIsWrittenAndEachProgressIsALine() {
    ConsoleProgress progress = new ConsoleProgress(out, false);
    TuningInfo info = info(3, Map.of());
    progress.tuningStarted(info);
    finishTrialsAt(progress, info, 0.1, 6, 12);
    progress.tuningFinished(
        info, result(List.of(ok(0, 1, 4, 0.03)), StopReason.MAX_EVALS, seconds(12), List.of()));

    assertThat(output()).doesNotContain("\r");
    assertThat(lines()).hasSize(5);
  }

  @Test
  void onATerminalTheProgressLineIsRewrittenInPlace() {
    ConsoleProgress progress = new ConsoleProgress(out, true);
    TuningInfo info = info(3, Map.of());
    progress.tuningStarted(info);
    finishTrialsAt(progress, info, 0.1, 1.5, 3);
    progress.tuningFinished(
        info, result(List.of(ok(0, 1, 4, 0.03)), StopReason.MAX_EVALS, seconds(3), List.of()));

    String printed = output();
    assertThat(printed.split("\r", -1)).hasSizeGreaterThan(3);
    assertThat(printed.split("\n")).hasSize(2);
    assertThat(printed.substring(printed.lastIndexOf('\r') + 1))
        .startsWith("XgbTuning.logLoss: 1 trial (0 failed), best 1 at #0")
        .endsWith("\n");
  }

  @Test
  void onATerminalProgressStillWaitsASecondBetweenUpdates() {
    ConsoleProgress progress = new ConsoleProgress(out, true);
    TuningInfo info = info(100, Map.of());
    progress.tuningStarted(info);

    finishTrialsAt(progress, info, 0.1, 0.2, 0.5, 1.2);

    assertThat(output().chars().filter(c -> c == '\r')).hasSize(2);
  }

  @Test
  void summaryNamesTheBestTrialItsParametersAndEachDiagnostic() {
    ConsoleProgress progress = new ConsoleProgress(out, false);
    TuningInfo info = info(3, Map.of());
    progress.tuningStarted(info);
    List<Diagnostic> diagnostics =
        List.of(
            new Diagnostic(Diagnostic.Kind.BOUND_PRESSING, "eta", "eta: widen max"),
            new Diagnostic(Diagnostic.Kind.STILL_IMPROVING, null, "still improving"));

    progress.tuningFinished(
        info,
        result(
            List.of(ok(0, 0.5, 3, 0.2), failed(1), ok(2, 0.2130004, 4, 0.0312345)),
            StopReason.MAX_EVALS,
            seconds(41),
            diagnostics));

    assertThat(lines())
        .containsSequence(
            "XgbTuning.logLoss: 3 trials (1 failed), best 0.213 at #2 {maxDepth=4, eta=0.03123},"
                + " 41 s; 2 diagnostics",
            "  - eta: widen max",
            "  - still improving");
  }

  @Test
  void summarySaysWhenNoTrialSucceededAndWhyTheRunStopped() {
    ConsoleProgress progress = new ConsoleProgress(out, false);
    TuningInfo info = info(3, Map.of());
    progress.tuningStarted(info);

    progress.tuningFinished(
        info, result(List.of(failed(0)), StopReason.TIMEOUT, seconds(0.25), List.of()));

    assertThat(lines())
        .last()
        .isEqualTo(
            "XgbTuning.logLoss: 1 trial (1 failed), no successful trial, 0.3 s, stopped: run"
                + " timeout");
  }

  @Test
  void summaryPointsAtTheOutputDirectoryWhenItHoldsNoFile(@TempDir Path dir) throws Exception {
    Path output = Files.createDirectories(dir.resolve("XgbTuning/logLoss"));
    ConsoleProgress progress = new ConsoleProgress(out, false);
    TuningInfo info = info(3, 0, output, Map.of());
    progress.tuningStarted(info);

    progress.tuningFinished(
        info, result(List.of(ok(0, 1, 4, 0.03)), StopReason.MAX_EVALS, seconds(1), List.of()));

    assertThat(lines()).last().isEqualTo("  output: " + output.toAbsolutePath());
  }

  @Test
  void summaryListsTheFilesWrittenIntoTheOutputDirectory(@TempDir Path dir) throws Exception {
    Path output = Files.createDirectories(dir.resolve("XgbTuning/logLoss"));
    Files.writeString(output.resolve("report.html"), "<html></html>");
    Files.writeString(output.resolve("journal.jsonl"), "{}");
    ConsoleProgress progress = new ConsoleProgress(out, false);
    TuningInfo info = info(3, 0, output, Map.of());
    progress.tuningStarted(info);

    progress.tuningFinished(
        info, result(List.of(ok(0, 1, 4, 0.03)), StopReason.MAX_EVALS, seconds(1), List.of()));

    assertThat(lines())
        .endsWith(
            "  output: " + output.toAbsolutePath().resolve("journal.jsonl"),
            "  output: " + output.toAbsolutePath().resolve("report.html"));
  }

  @Test
  void theEstimateCountsOnlyTrialsOfThisRun() {
    ConsoleProgress progress = new ConsoleProgress(out, false);
    TuningInfo info = info(120, 50, Path.of("target", "none"), Map.of());
    progress.tuningStarted(info);

    progress.trialFinished(info, ok(59, 1, 4, 0.03), progress(60, 0, null, seconds(20)));

    assertThat(lines().get(0)).endsWith("(random, seed 7, 50 resumed from the journal)");
    assertThat(lines().get(1)).endsWith("20 s elapsed, ~2m 00s left");
  }

  @Test
  void progressFalseSilencesEverything() {
    ConsoleProgress progress = new ConsoleProgress(out, false);
    TuningInfo info = info(3, Map.of("parzen.progress", "false"));
    progress.tuningStarted(info);
    finishTrialsAt(progress, info, 0.1, 6, 12);
    progress.tuningFinished(
        info, result(List.of(ok(0, 1, 4, 0.03)), StopReason.MAX_EVALS, seconds(12), List.of()));

    assertThat(output()).isEmpty();
  }

  @Test
  void isFoundByTheServiceLoader() {
    assertThat(ServiceLoader.load(TuningListener.class).stream())
        .extracting(ServiceLoader.Provider::type)
        .contains(ConsoleProgress.class);
  }
}

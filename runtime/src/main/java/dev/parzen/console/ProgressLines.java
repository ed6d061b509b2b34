package dev.parzen.console;

import dev.parzen.Diagnostic;
import dev.parzen.StopReason;
import dev.parzen.Trial;
import dev.parzen.TrialStatus;
import dev.parzen.TuningInfo;
import dev.parzen.TuningProgress;
import dev.parzen.TuningResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The text of the start line, the progress line and the summary, apart from when they print. */
final class ProgressLines {

  private static final int PROGRESS_DIGITS = 4;
  private static final int SUMMARY_DIGITS = 6;

  private ProgressLines() {}

  /** {@code XgbTuning.logLoss: up to 120 trials (random, seed 7, 4 at a time)}. */
  static String start(TuningInfo info) {
    StringBuilder s = new StringBuilder(info.name()).append(": up to ").append(info.maxEvals());
    s.append(" trials (").append(info.algorithm()).append(", seed ").append(info.seed());
    if (info.parallelism() > 1) {
      s.append(", ").append(info.parallelism()).append(" at a time");
    }
    if (info.resumedTrials() > 0) {
      s.append(", ").append(info.resumedTrials()).append(" resumed from the journal");
    }
    if (info.advice() != null) {
      s.append(", budget from the max-evals advice");
    }
    return s.append(')').toString();
  }

  /**
   * {@code XgbTuning.logLoss 57/120 trials, 3 failed, best 0.213 at #41, 38 s elapsed, ~41 s left}
   * (two spaces after the name).
   */
  static String progress(TuningInfo info, TuningProgress p) {
    StringBuilder s = new StringBuilder(info.name()).append("  ");
    s.append(p.finished()).append('/').append(p.maxEvals()).append(" trials, ");
    s.append(p.failed()).append(" failed, ");
    if (info.parallelism() > 1) {
      s.append(p.running()).append(" running, ");
    }
    Optional<Trial<?>> best = p.bestTrial();
    if (best.isPresent()) {
      s.append("best ").append(Readable.number(best.get().loss(), PROGRESS_DIGITS));
      s.append(" at #").append(best.get().number());
    } else {
      s.append("no successful trial yet");
    }
    s.append(", ").append(Readable.duration(p.elapsed())).append(" elapsed");
    remaining(info, p).ifPresent(d -> s.append(", ~").append(Readable.duration(d)).append(" left"));
    return s.toString();
  }

  /**
   * The time the remaining trials should take at this run's pace so far; empty before the first
   * trial of this run or when none remain.
   */
  static Optional<Duration> remaining(TuningInfo info, TuningProgress p) {
    int doneThisRun = p.finished() - info.resumedTrials();
    int left = p.maxEvals() - p.finished();
    if (doneThisRun <= 0 || left <= 0) {
      return Optional.empty();
    }
    return Optional.of(p.elapsed().multipliedBy(left).dividedBy(doneThisRun));
  }

  /**
   * The summary line, then one line per diagnostic and, when something was written into the output
   * directory, the path of each file there (the journal, the report), or the directory itself.
   */
  static List<String> summary(TuningInfo info, TuningResult<?> r) {
    List<String> lines = new ArrayList<>();
    lines.add(headline(info, r));
    for (Diagnostic d : r.diagnostics()) {
      lines.add("  - " + d.message());
    }
    Path dir = info.outputDirectory().toAbsolutePath().normalize();
    if (Files.isDirectory(dir)) {
      List<Path> files = filesIn(dir);
      if (files.isEmpty()) {
        lines.add("  output: " + dir);
      }
      files.forEach(f -> lines.add("  output: " + f));
    }
    return lines;
  }

  /** The regular files directly in {@code dir}, by name; none when it cannot be listed. */
  private static List<Path> filesIn(Path dir) {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException | UncheckedIOException e) {
      return List.of();
    }
  }

  private static String headline(TuningInfo info, TuningResult<?> r) {
    List<? extends Trial<?>> trials = r.trials().list();
    long finished = trials.stream().filter(t -> t.status().finished()).count();
    long cancelled = trials.stream().filter(t -> t.status() == TrialStatus.CANCELLED).count();
    StringBuilder s = new StringBuilder(info.name()).append(": ").append(finished);
    s.append(finished == 1 ? " trial" : " trials");
    s.append(" (").append(r.trials().failed().size()).append(" failed");
    if (cancelled > 0) {
      s.append(", ").append(cancelled).append(" cancelled");
    }
    s.append("), ");
    Optional<? extends Trial<?>> best = r.trials().best();
    if (best.isPresent()) {
      s.append("best ").append(Readable.number(best.get().loss(), SUMMARY_DIGITS));
      s.append(" at #").append(best.get().number()).append(' ');
      s.append(Readable.params(best.get().assignment()));
    } else {
      s.append("no successful trial");
    }
    s.append(", ").append(Readable.duration(r.elapsed()));
    if (r.stopReason() != StopReason.MAX_EVALS) {
      s.append(", stopped: ").append(r.stopReason().description());
    }
    int n = r.diagnostics().size();
    if (n > 0) {
      s.append("; ").append(n).append(n == 1 ? " diagnostic" : " diagnostics");
    }
    return s.toString();
  }
}

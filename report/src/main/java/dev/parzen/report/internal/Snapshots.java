package dev.parzen.report.internal;

import dev.parzen.Diagnostic;
import dev.parzen.Trial;
import dev.parzen.TrialError;
import dev.parzen.Trials;
import dev.parzen.TuningInfo;
import dev.parzen.TuningResult;
import dev.parzen.annotations.Direction;
import dev.parzen.report.internal.ReportData.Axis;
import dev.parzen.report.internal.ReportData.Note;
import dev.parzen.report.internal.ReportData.Row;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Builds the data of one report page from a tuning, while it runs or once it has finished. */
public final class Snapshots {

  private static final int TRACE_LINES = 25;

  private Snapshots() {}

  /**
   * The page of a running tuning.
   *
   * @param info the tuning
   * @param trials the trials finished so far in this run
   * @param running the trials in flight
   * @param elapsed the run's wall time so far
   * @param refresh how often the page reloads itself
   */
  public static ReportData running(
      TuningInfo info, List<Trial<?>> trials, int running, Duration elapsed, Duration refresh) {
    List<Trial<?>> sorted = new ArrayList<>(trials);
    sorted.sort(Comparator.comparingInt(Trial::number));
    Optional<Trial<?>> best = best(sorted, info.direction());
    int refreshSeconds = (int) Math.max(1, Math.ceil(refresh.toMillis() / 1000.0));
    return data(info, sorted, best, elapsed, null, running, refreshSeconds, List.of());
  }

  /** The page of a finished tuning: every trial, resumed ones included, and the diagnostics. */
  public static ReportData finished(TuningInfo info, TuningResult<?> result) {
    List<Trial<?>> trials = new ArrayList<>(result.trials().list());
    Optional<Trial<?>> best = result.trials().best().map(t -> t);
    String stop = result.stopReason().description();
    return data(info, trials, best, result.elapsed(), stop, 0, 0, result.diagnostics());
  }

  private static ReportData data(
      TuningInfo info,
      List<Trial<?>> trials,
      Optional<Trial<?>> best,
      Duration elapsed,
      String stopReason,
      int running,
      int refreshSeconds,
      List<Diagnostic> diagnostics) {
    List<Axis> axes = Axes.of(info.space());
    Set<String> categorical =
        axes.stream()
            .filter(a -> a.type().equals("category"))
            .map(Axis::label)
            .collect(Collectors.toSet());
    return new ReportData(
        info.name(),
        stopReason == null,
        refreshSeconds,
        info.direction().name().toLowerCase(Locale.ROOT),
        info.algorithm(),
        info.seed(),
        info.maxEvals(),
        info.parallelism(),
        info.executor(),
        info.startedAt().toString(),
        Instant.now().toString(),
        elapsed.toMillis() / 1000.0,
        stopReason,
        info.resumedTrials(),
        running,
        axes,
        trials.stream().map(t -> row(t, categorical)).toList(),
        best.map(Trial::number).orElse(null),
        diagnostics.stream().map(Snapshots::note).toList());
  }

  private static Row row(Trial<?> t, Set<String> categorical) {
    Optional<TrialError> error = t.error();
    return new Row(
        t.number(),
        t.status().name(),
        t.isOk() ? finite(t.loss()) : null,
        finite(t.variance()),
        t.duration().toMillis() / 1000.0,
        t.start().toString(),
        TrialValues.of(t.assignment(), categorical),
        error.map(TrialError::summary).orElse(null),
        error.map(e -> head(e.stackTrace())).orElse(null));
  }

  private static Note note(Diagnostic d) {
    return new Note(d.kind().name(), d.parameter(), d.message());
  }

  private static Optional<Trial<?>> best(List<Trial<?>> trials, Direction direction) {
    List<Trial<Object>> ok = new ArrayList<>();
    for (Trial<?> t : trials) {
      if (t.isOk()) {
        @SuppressWarnings("unchecked")
        Trial<Object> cast = (Trial<Object>) t;
        ok.add(cast);
      }
    }
    return ok.stream().min(Trials.ranking(direction)).map(t -> t);
  }

  private static Double finite(double v) {
    return Double.isFinite(v) ? v : null;
  }

  private static String head(String trace) {
    if (trace.isEmpty()) {
      return null;
    }
    List<String> lines = trace.lines().toList();
    if (lines.size() <= TRACE_LINES) {
      return trace.strip();
    }
    return String.join("\n", lines.subList(0, TRACE_LINES))
        + "\n\t… %d more lines".formatted(lines.size() - TRACE_LINES);
  }
}

package dev.parzen.report;

import dev.parzen.Durations;
import dev.parzen.PendingTrial;
import dev.parzen.Trial;
import dev.parzen.TuningInfo;
import dev.parzen.TuningListener;
import dev.parzen.TuningProgress;
import dev.parzen.TuningResult;
import dev.parzen.report.internal.ReportPage;
import dev.parzen.report.internal.Snapshots;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes {@code report.html} into each tuning's output directory: when the tuning starts, after the
 * first trial, then at most once per interval while it runs (the page reloads itself meanwhile),
 * and complete when it ends. Found by {@link java.util.ServiceLoader}, so putting {@code
 * parzen-report} on the class path is all it takes.
 *
 * <p>Settings (see {@link TuningInfo#setting}): {@code parzen.report=false} switches it off; {@code
 * parzen.report.interval} (default {@code 3s}) is the least time between two rewrites of a running
 * tuning's report. Time is the tuning's own {@link TuningProgress#elapsed()}.
 *
 * <p>An instance follows one tuning at a time, on the tuning's thread; it is not thread-safe.
 */
public final class HtmlReportListener implements TuningListener {

  /** The least time between two rewrites when {@code parzen.report.interval} is unset. */
  public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(3);

  private static final System.Logger LOG = System.getLogger("dev.parzen.report");

  private final List<Trial<?>> trials = new ArrayList<>();
  private final Set<Integer> running = new HashSet<>();
  private boolean enabled;
  private Duration interval = DEFAULT_INTERVAL;
  private Duration lastWritten;

  /** A listener with nothing to report yet; the {@link java.util.ServiceLoader} creates it. */
  public HtmlReportListener() {}

  @Override
  public void tuningStarted(TuningInfo info) {
    enabled = !info.setting("parzen.report").map("false"::equalsIgnoreCase).orElse(false);
    trials.clear();
    running.clear();
    lastWritten = null;
    if (enabled) {
      interval =
          info.setting("parzen.report.interval")
              .map(t -> interval(info, t))
              .orElse(DEFAULT_INTERVAL);
      writeRunning(info, Duration.ZERO);
      lastWritten = null;
    }
  }

  @Override
  public void trialStarted(TuningInfo info, PendingTrial trial) {
    running.add(trial.number());
  }

  @Override
  public void trialFinished(TuningInfo info, Trial<?> trial, TuningProgress progress) {
    running.remove(trial.number());
    if (trial.status().finished()) {
      trials.add(trial);
    }
    Duration now = progress.elapsed();
    if (enabled && (lastWritten == null || now.minus(lastWritten).compareTo(interval) >= 0)) {
      writeRunning(info, now);
      lastWritten = now;
    }
  }

  @Override
  public void tuningFinished(TuningInfo info, TuningResult<?> result) {
    if (enabled) {
      HtmlReport.write(info, result);
    }
  }

  private void writeRunning(TuningInfo info, Duration elapsed) {
    String html =
        ReportPage.render(Snapshots.running(info, trials, running.size(), elapsed, interval));
    HtmlReport.write(HtmlReport.fileOf(info), html);
  }

  private static Duration interval(TuningInfo info, String text) {
    try {
      return Durations.parse(text);
    } catch (IllegalArgumentException e) {
      LOG.log(
          Level.WARNING,
          "{0}: parzen.report.interval: {1}; rewriting the report every {2} instead",
          info.name(),
          e.getMessage(),
          Durations.format(DEFAULT_INTERVAL));
      return DEFAULT_INTERVAL;
    }
  }
}

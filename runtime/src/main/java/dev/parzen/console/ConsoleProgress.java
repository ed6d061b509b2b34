package dev.parzen.console;

import dev.parzen.Durations;
import dev.parzen.Trial;
import dev.parzen.TuningInfo;
import dev.parzen.TuningListener;
import dev.parzen.TuningProgress;
import dev.parzen.TuningResult;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Prints a tuning's progress to the console: a start line, a progress line after the first trial
 * and then at most once per interval, and a summary with the best trial, the diagnostics and the
 * files written for the tuning (journal, report) at the end.
 *
 * <pre>
 * XgbTuning.logLoss  57/120 trials, 3 failed, best 0.213 at #41, 38 s elapsed, ~41 s left
 * XgbTuning.logLoss: 120 trials (3 failed), best 0.213 at #97 {maxDepth=4, eta=0.031}, 41 s; 2 diagnostics
 * </pre>
 *
 * <p>On an interactive terminal the progress line is rewritten in place (with a carriage return, at
 * most once a second); anywhere else, such as a Maven log, each progress line is a line of its own
 * and no carriage return is ever written.
 *
 * <p>Settings, read when a tuning starts (see {@link TuningInfo#setting}): {@code
 * parzen.progress=false} silences it; {@code parzen.progress.interval} (default {@code 5s}) sets
 * the least time between two progress lines. Time is measured by the tuning itself ({@link
 * TuningProgress#elapsed()}), so nothing here reads a clock.
 *
 * <p>Registered with {@link java.util.ServiceLoader}. An instance follows one tuning at a time, on
 * the tuning's thread; it is not thread-safe.
 */
public final class ConsoleProgress implements TuningListener {

  /** The least time between two progress lines when {@code parzen.progress.interval} is unset. */
  public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(5);

  private static final Duration TERMINAL_INTERVAL = Duration.ofSeconds(1);

  private final Supplier<PrintStream> out;
  private final Supplier<Boolean> terminal;
  private boolean enabled;
  private boolean inPlace;
  private Duration interval = DEFAULT_INTERVAL;
  private Duration lastPrinted;
  private int lastWidth;

  /** Progress on {@link System#out}, in place only when it is an interactive terminal. */
  public ConsoleProgress() {
    this(() -> System.out, Terminal::interactive);
  }

  /**
   * Progress on {@code out}.
   *
   * @param out where lines go; never {@code null}
   * @param terminal true to rewrite the progress line in place with carriage returns
   */
  public ConsoleProgress(PrintStream out, boolean terminal) {
    this(() -> out, () -> terminal);
    Objects.requireNonNull(out, "out");
  }

  private ConsoleProgress(Supplier<PrintStream> out, Supplier<Boolean> terminal) {
    this.out = out;
    this.terminal = terminal;
  }

  @Override
  public void tuningStarted(TuningInfo info) {
    enabled = !info.setting("parzen.progress").map("false"::equalsIgnoreCase).orElse(false);
    if (!enabled) {
      return;
    }
    interval = intervalOf(info);
    inPlace = terminal.get();
    if (inPlace && interval.compareTo(TERMINAL_INTERVAL) > 0) {
      interval = TERMINAL_INTERVAL;
    }
    lastPrinted = null;
    lastWidth = 0;
    out.get().println(ProgressLines.start(info));
  }

  @Override
  public void trialFinished(TuningInfo info, Trial<?> trial, TuningProgress progress) {
    if (!enabled || !due(progress.elapsed())) {
      return;
    }
    lastPrinted = progress.elapsed();
    String line = ProgressLines.progress(info, progress);
    PrintStream o = out.get();
    if (inPlace) {
      o.print('\r' + line + " ".repeat(Math.max(0, lastWidth - line.length())));
      lastWidth = line.length();
    } else {
      o.println(line);
    }
    o.flush();
  }

  @Override
  public void tuningFinished(TuningInfo info, TuningResult<?> result) {
    if (!enabled) {
      return;
    }
    PrintStream o = out.get();
    if (inPlace && lastWidth > 0) {
      o.print('\r' + " ".repeat(lastWidth) + '\r');
    }
    ProgressLines.summary(info, result).forEach(o::println);
    o.flush();
  }

  private boolean due(Duration elapsed) {
    return lastPrinted == null || elapsed.minus(lastPrinted).compareTo(interval) >= 0;
  }

  private Duration intervalOf(TuningInfo info) {
    String text = info.setting("parzen.progress.interval").orElse(null);
    if (text == null) {
      return DEFAULT_INTERVAL;
    }
    try {
      return Durations.parse(text);
    } catch (IllegalArgumentException e) {
      out.get()
          .println(
              "%s: parzen.progress.interval: %s; printing progress every %s instead"
                  .formatted(info.name(), e.getMessage(), Readable.duration(DEFAULT_INTERVAL)));
      return DEFAULT_INTERVAL;
    }
  }
}

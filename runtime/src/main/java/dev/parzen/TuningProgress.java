package dev.parzen;

import java.time.Duration;
import java.util.Optional;

/**
 * A snapshot of a running tuning, passed to listeners after each trial.
 *
 * @param finished finished trials (OK, FAILED, TIMED_OUT), resumed ones included
 * @param failed finished trials that failed or timed out
 * @param running trials in flight
 * @param maxEvals the budget
 * @param best the best trial so far, or {@code null}
 * @param elapsed the wall time of this run so far
 */
public record TuningProgress(
    int finished, int failed, int running, int maxEvals, Trial<?> best, Duration elapsed) {

  /** The best trial so far. */
  public Optional<Trial<?>> bestTrial() {
    return Optional.ofNullable(best);
  }
}

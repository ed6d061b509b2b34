package dev.parzen;

import dev.parzen.annotations.Direction;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of a tuning: the best trial, every trial, why it stopped, the seed that reproduces it
 * and the diagnostics in words. Immutable.
 *
 * @param <T> the parameter type
 */
public final class TuningResult<T> {

  private final String name;
  private final Trials<T> trials;
  private final StopReason stopReason;
  private final long seed;
  private final int maxEvals;
  private final MaxEvals advice;
  private final Duration elapsed;
  private final List<Diagnostic> diagnostics;
  private final String algorithm;

  /**
   * The result of tuning {@code name}.
   *
   * @param name the tuning's name
   * @param trials every trial, resumed ones included
   * @param stopReason why the tuning stopped
   * @param seed the run seed
   * @param maxEvals the budget the run had
   * @param advice the max-evals advice, when it chose the budget; else {@code null}
   * @param elapsed the wall time of this run (not of resumed runs)
   * @param diagnostics findings in words
   * @param algorithm the algorithm's name
   */
  public TuningResult(
      String name,
      Trials<T> trials,
      StopReason stopReason,
      long seed,
      int maxEvals,
      MaxEvals advice,
      Duration elapsed,
      List<Diagnostic> diagnostics,
      String algorithm) {
    this.name = Objects.requireNonNull(name, "name");
    this.trials = Objects.requireNonNull(trials, "trials");
    this.stopReason = Objects.requireNonNull(stopReason, "stopReason");
    this.seed = seed;
    this.maxEvals = maxEvals;
    this.advice = advice;
    this.elapsed = Objects.requireNonNull(elapsed, "elapsed");
    this.diagnostics = List.copyOf(diagnostics);
    this.algorithm = Objects.requireNonNull(algorithm, "algorithm");
  }

  /** The tuning's name, e.g. {@code XgbTuning.logLoss}. */
  public String name() {
    return name;
  }

  /**
   * The best successful trial (see {@link Trials#best()} for ties).
   *
   * @throws NoSuccessfulTrialsException when no trial succeeded
   */
  public Trial<T> best() {
    return trials.best().orElseThrow(() -> new NoSuccessfulTrialsException(name, trials.list()));
  }

  /** Every trial, in trial-number order. */
  public Trials<T> trials() {
    return trials;
  }

  /** Why the tuning stopped. */
  public StopReason stopReason() {
    return stopReason;
  }

  /** The run seed: pass it to {@code seed(...)} to reproduce a serial run. */
  public long seed() {
    return seed;
  }

  /** The budget, in trials, resumed ones included. */
  public int maxEvals() {
    return maxEvals;
  }

  /** The max-evals advice, when the budget was not set and the advice chose it. */
  public Optional<MaxEvals> maxEvalsAdvice() {
    return Optional.ofNullable(advice);
  }

  /** The wall time of this run. */
  public Duration elapsed() {
    return elapsed;
  }

  /** Findings in words: bounds to widen, slow or failing regions, parallelism warnings… */
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  /** The direction the objective was optimised in. */
  public Direction direction() {
    return trials.direction();
  }

  /** The algorithm's name. */
  public String algorithm() {
    return algorithm;
  }

  @Override
  public String toString() {
    return "%s: %d trials, best %s, %s"
        .formatted(
            name, trials.size(), trials.best().map(Trial::toString).orElse("none"), stopReason);
  }
}

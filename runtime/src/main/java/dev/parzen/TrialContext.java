package dev.parzen;

import java.util.Optional;

/**
 * What an objective may know about the trial it is evaluating. Implementations are supplied by the
 * executor; thread-safe.
 */
public interface TrialContext {

  /** The trial number, from 0. */
  int trialNumber();

  /** The name of the tuning this trial belongs to. */
  String tuningName();

  /** The trial's parameter values. */
  Assignment assignment();

  /**
   * A seed for the objective's own randomness (data shuffles, model initialisation), derived from
   * the run seed and the trial number: reruns of a seeded tuning see the same seeds.
   */
  long seed();

  /**
   * How many cores this trial may use (the {@code threadsPerTrial} setting): pass it to the model's
   * thread count ({@code nthread}, {@code n_jobs}).
   */
  int threadsPerTrial();

  /**
   * True once the tuning no longer wants this trial's result (timeout, early stop, shutdown). Long
   * objectives should poll it, or react to thread interruption, and return early.
   */
  boolean isCancelled();

  /**
   * A resource the executor offers, such as a Spark broadcast variable accessor; empty when this
   * executor has none of that type.
   */
  default <R> Optional<R> resource(Class<R> type) {
    return Optional.empty();
  }
}

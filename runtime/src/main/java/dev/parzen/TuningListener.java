package dev.parzen;

/**
 * Watches tunings: the console progress line, the HTML report, MLflow tracking. Implementations on
 * the class path are found with {@link java.util.ServiceLoader} (register them in {@code
 * META-INF/services/dev.parzen.TuningListener}), so adding a module is all it takes.
 *
 * <p>Methods are called on the thread that runs the tuning, in order. A listener that throws is
 * reported once and then ignored: listeners never fail a tuning.
 */
public interface TuningListener {

  /** A tuning starts (after resumed trials were read back). */
  default void tuningStarted(TuningInfo info) {}

  /** A trial is about to be evaluated. */
  default void trialStarted(TuningInfo info, PendingTrial trial) {}

  /** A trial was recorded (any status). */
  default void trialFinished(TuningInfo info, Trial<?> trial, TuningProgress progress) {}

  /**
   * A tuning ended. Called with the result even when no trial succeeded (then {@link
   * TuningResult#best()} throws).
   */
  default void tuningFinished(TuningInfo info, TuningResult<?> result) {}
}

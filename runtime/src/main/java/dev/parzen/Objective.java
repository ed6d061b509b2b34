package dev.parzen;

import java.io.Serializable;

/**
 * An objective that reports a {@link Loss} and may use its {@link TrialContext}: the trial number,
 * a seed for its own randomness, the cores it may use and a cancellation flag.
 *
 * <pre>{@code
 * Parzen.minimize(space, (p, trial) -> Loss.ofFolds(crossValidate(p, trial.seed())));
 * }</pre>
 *
 * <p>Objectives are {@link Serializable} so that remote executors (Spark) can ship them: a lambda
 * is then serialisable as long as what it captures is. Local executors never serialise them.
 *
 * @param <T> the parameter type
 */
@FunctionalInterface
public interface Objective<T> extends Serializable {

  /**
   * Evaluates one point. Throwing, returning a non-finite value or {@link Loss#fail} makes the
   * trial FAILED; the search goes on.
   */
  Loss evaluate(T params, TrialContext trial) throws Exception;
}

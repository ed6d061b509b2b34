package dev.parzen;

/**
 * An objective that reports a {@link Loss} and may use its {@link TrialContext}: the trial number,
 * a seed for its own randomness, the cores it may use and a cancellation flag.
 *
 * <pre>{@code
 * Parzen.minimize(space, (p, trial) -> Loss.ofFolds(crossValidate(p, trial.seed())));
 * }</pre>
 *
 * @param <T> the parameter type
 */
@FunctionalInterface
public interface Objective<T> {

  /**
   * Evaluates one point. Throwing, returning a non-finite value or {@link Loss#fail} makes the
   * trial FAILED; the search goes on.
   */
  Loss evaluate(T params, TrialContext trial) throws Exception;
}

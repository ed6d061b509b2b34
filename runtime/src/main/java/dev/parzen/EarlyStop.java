package dev.parzen;

import java.util.List;

/**
 * A rule that ends a tuning early, checked after every finished trial.
 *
 * <p>Implementations are stateless: they look at the whole history each time, so they are
 * unaffected by parallelism and resumes.
 */
@FunctionalInterface
public interface EarlyStop {

  /**
   * True when the tuning should stop.
   *
   * @param finished the finished trials in the order they finished, losses oriented for
   *     minimisation (NaN for failed and timed-out trials)
   */
  boolean shouldStop(List<Observation> finished);

  /**
   * Stops after {@code trials} consecutive finished trials without a new best. A failed trial
   * counts as no progress and never resets the count.
   */
  static EarlyStop noProgress(int trials) {
    return noProgress(trials, 0);
  }

  /**
   * Stops after {@code trials} consecutive finished trials that did not improve the best loss by
   * more than {@code minRelativeImprovement} × |best| (e.g. 0.01 for 1 %). Failed trials count as
   * no progress and never reset the count.
   */
  static EarlyStop noProgress(int trials, double minRelativeImprovement) {
    if (trials < 1) {
      throw new IllegalArgumentException(
          "noProgress needs trials >= 1 (was %d); omit earlyStop to run the full budget"
              .formatted(trials));
    }
    if (!(minRelativeImprovement >= 0) || Double.isInfinite(minRelativeImprovement)) {
      throw new IllegalArgumentException(
          "minRelativeImprovement must be a finite number >= 0 (was %s); 0.01 means 1 %%"
              .formatted(minRelativeImprovement));
    }
    return new NoProgress(trials, minRelativeImprovement);
  }

  /** The no-progress rule; a record so it prints its settings in reports. */
  record NoProgress(int trials, double minRelativeImprovement) implements EarlyStop {
    @Override
    public boolean shouldStop(List<Observation> finished) {
      double best = Double.NaN;
      int stale = 0;
      for (Observation o : finished) {
        boolean improved =
            o.ok()
                && (Double.isNaN(best)
                    || o.loss() < best - Math.abs(best) * minRelativeImprovement);
        if (improved) {
          best = o.loss();
          stale = 0;
        } else {
          stale++;
        }
      }
      return stale >= trials;
    }
  }
}

package dev.parzen;

import dev.parzen.annotations.Direction;

/**
 * Where tuning starts in code. The JUnit engine runs {@code @Tune} methods through the same loop.
 *
 * <pre>{@code
 * TuningResult<XgbParams> r = Parzen.minimize(Spaces.of(XgbParams.class), p -> logLoss(p))
 *     .maxEvals(200).seed(7).run();
 * r.best().params();
 * }</pre>
 */
public final class Parzen {

  private Parzen() {}

  /** A tuning that minimises a loss returned as a {@code double}. */
  public static <T> Tuning<T> minimize(Space<T> space, DoubleObjective<T> objective) {
    return new Tuning<>(space, adapt(objective), Direction.MINIMIZE);
  }

  /** A tuning that minimises a {@link Loss} (k-fold variance, reported failures, attachments). */
  public static <T> Tuning<T> minimize(Space<T> space, Objective<T> objective) {
    return new Tuning<>(space, objective, Direction.MINIMIZE);
  }

  /** A tuning that maximises a score returned as a {@code double}: no need to negate it. */
  public static <T> Tuning<T> maximize(Space<T> space, DoubleObjective<T> objective) {
    return new Tuning<>(space, adapt(objective), Direction.MAXIMIZE);
  }

  /** A tuning that maximises a score reported as a {@link Loss}. */
  public static <T> Tuning<T> maximize(Space<T> space, Objective<T> objective) {
    return new Tuning<>(space, objective, Direction.MAXIMIZE);
  }

  /** A tuning in the given direction. */
  public static <T> Tuning<T> tune(Space<T> space, Direction direction, Objective<T> objective) {
    return new Tuning<>(space, objective, direction);
  }

  private static <T> Objective<T> adapt(DoubleObjective<T> objective) {
    return (p, trial) -> Loss.of(objective.evaluate(p));
  }
}

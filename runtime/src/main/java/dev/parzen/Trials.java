package dev.parzen;

import dev.parzen.annotations.Direction;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The trials of a tuning in trial-number order, with the queries users ask of them. Immutable.
 *
 * @param <T> the parameter type
 */
public final class Trials<T> implements Iterable<Trial<T>> {

  private final List<Trial<T>> trials;
  private final Direction direction;

  /** The given trials, sorted by number, compared in {@code direction}. */
  public Trials(List<Trial<T>> trials, Direction direction) {
    this.trials = trials.stream().sorted(Comparator.comparingInt(Trial::number)).toList();
    this.direction = direction;
  }

  /** All trials. */
  public List<Trial<T>> list() {
    return trials;
  }

  /** The number of trials. */
  public int size() {
    return trials.size();
  }

  /** The trial at position {@code index} (not necessarily trial number {@code index}). */
  public Trial<T> get(int index) {
    return trials.get(index);
  }

  /** The trials as a stream. */
  public Stream<Trial<T>> stream() {
    return trials.stream();
  }

  /** The successful trials. */
  public List<Trial<T>> ok() {
    return trials.stream().filter(Trial::isOk).toList();
  }

  /** The trials that failed or timed out. */
  public List<Trial<T>> failed() {
    return trials.stream()
        .filter(t -> t.status() == TrialStatus.FAILED || t.status() == TrialStatus.TIMED_OUT)
        .toList();
  }

  /**
   * The best successful trial: the lowest loss (highest when maximising); exact ties go to the
   * smaller reported variance, then to the earlier trial. Failed trials are never best.
   */
  public Optional<Trial<T>> best() {
    return trials.stream().filter(Trial::isOk).min(ranking(direction));
  }

  /** Orders successful trials from best to worst, as {@link #best()} does. */
  public static <T> Comparator<Trial<T>> ranking(Direction direction) {
    Comparator<Trial<T>> byLoss = Comparator.comparingDouble(Trial::loss);
    if (direction == Direction.MAXIMIZE) {
      byLoss = byLoss.reversed();
    }
    return byLoss
        .thenComparingDouble(t -> Double.isNaN(t.variance()) ? 0 : t.variance())
        .thenComparingInt(Trial::number);
  }

  /** The direction trials are ranked in. */
  public Direction direction() {
    return direction;
  }

  @Override
  public Iterator<Trial<T>> iterator() {
    return trials.iterator();
  }
}

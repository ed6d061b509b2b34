package dev.parzen;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What an objective reports for one trial: a value (with its variance when known), or a failure.
 *
 * <p>Objectives may simply return a {@code double}; return a {@code Loss} to report k-fold variance
 * ({@link #ofFolds}), to fail a trial without throwing ({@link #fail}), or to attach small facts to
 * the trial ({@link #withAttachment}). The value is in the objective's own units and direction: a
 * maximised recall is reported as the recall. Immutable.
 */
public final class Loss {

  private final double value;
  private final double variance;
  private final String failure;
  private final Map<String, String> attachments;

  private Loss(double value, double variance, String failure, Map<String, String> attachments) {
    this.value = value;
    this.variance = variance;
    this.failure = failure;
    this.attachments = attachments;
  }

  /**
   * A loss without a known variance. A NaN or infinite value makes the trial FAILED: Parzen never
   * ranks a non-finite loss.
   */
  public static Loss of(double value) {
    return new Loss(value, Double.NaN, null, Map.of());
  }

  /**
   * A loss with its variance, e.g. over repeated evaluations.
   *
   * @throws IllegalArgumentException when the variance is negative
   */
  public static Loss of(double mean, double variance) {
    if (variance < 0) {
      throw new IllegalArgumentException(
          "variance must be >= 0 (was %s); pass the variance, not a signed error"
              .formatted(variance));
    }
    return new Loss(mean, variance, null, Map.of());
  }

  /**
   * The mean of k fold losses with their Bessel-corrected (n − 1) sample variance; the variance is
   * unknown (NaN) for a single fold.
   *
   * @throws IllegalArgumentException when no fold is given
   */
  public static Loss ofFolds(double... folds) {
    if (folds == null || folds.length == 0) {
      throw new IllegalArgumentException("ofFolds needs at least one fold loss");
    }
    double mean = 0;
    for (int i = 0; i < folds.length; i++) {
      mean += (folds[i] - mean) / (i + 1);
    }
    if (folds.length == 1) {
      return new Loss(mean, Double.NaN, null, Map.of());
    }
    double ss = 0;
    for (double f : folds) {
      ss += (f - mean) * (f - mean);
    }
    return new Loss(mean, ss / (folds.length - 1), null, Map.of());
  }

  /** A failed trial with its reason; the search goes on and treats the point as bad. */
  public static Loss fail(String reason) {
    return new Loss(Double.NaN, Double.NaN, Objects.requireNonNull(reason, "reason"), Map.of());
  }

  /** This loss with a small text attachment (a model path, a fold count…); keys are unique. */
  public Loss withAttachment(String key, String value) {
    Map<String, String> copy = new LinkedHashMap<>(attachments);
    copy.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
    return new Loss(this.value, variance, failure, Collections.unmodifiableMap(copy));
  }

  /** The value; NaN for a failure. */
  public double value() {
    return value;
  }

  /** The variance of the value; NaN when unknown. */
  public double variance() {
    return variance;
  }

  /** True for {@link #fail} losses and for non-finite values. */
  public boolean isFailure() {
    return failure != null || !Double.isFinite(value);
  }

  /** Why the trial failed, when it did. */
  public Optional<String> failureReason() {
    if (failure != null) {
      return Optional.of(failure);
    }
    if (!Double.isFinite(value)) {
      return Optional.of("the objective returned " + value);
    }
    return Optional.empty();
  }

  /** The attachments, in insertion order. */
  public Map<String, String> attachments() {
    return attachments;
  }

  @Override
  public String toString() {
    if (failure != null) {
      return "Loss.fail(" + failure + ")";
    }
    return Double.isNaN(variance)
        ? "Loss(" + value + ")"
        : "Loss(" + value + " ± " + variance + ")";
  }
}

package dev.parzen.mlflow.internal;

import java.util.Objects;

/**
 * One metric value as MLflow stores it.
 *
 * @param key the metric name, already valid for MLflow
 * @param value the value; finite
 * @param timestamp when it was measured, in epoch milliseconds
 * @param step the step it belongs to (the trial number)
 */
public record Metric(String key, double value, long timestamp, long step) {

  /** Validates the record. */
  public Metric {
    Objects.requireNonNull(key, "key");
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(
          "metric '%s' must be finite (was %s); leave it out instead".formatted(key, value));
    }
  }
}

package dev.parzen.mlflow.internal;

import java.util.Objects;

/**
 * One run parameter: write-once in MLflow.
 *
 * @param key the parameter name, already valid for MLflow
 * @param value the value as text, within the configured length
 */
public record Param(String key, String value) {

  /** Validates the record. */
  public Param {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(value, "value");
  }
}

package dev.parzen.mlflow.internal;

import java.util.Objects;

/**
 * One run tag: overwritable in MLflow.
 *
 * @param key the tag name, already valid for MLflow
 * @param value the value as text, within {@link Limits#TAG_VALUE}
 */
public record Tag(String key, String value) {

  /** Validates the record. */
  public Tag {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(value, "value");
  }
}

package dev.parzen.mlflow.internal;

import java.util.List;
import java.util.Objects;

/**
 * A run to create: where, its name, when it started and its first tags.
 *
 * @param experimentId the experiment's id
 * @param name the run name (also written as the {@code mlflow.runName} tag)
 * @param startTime the start, in epoch milliseconds
 * @param tags the tags set on creation
 */
public record NewRun(String experimentId, String name, long startTime, List<Tag> tags) {

  /** Validates and copies. */
  public NewRun {
    Objects.requireNonNull(experimentId, "experimentId");
    Objects.requireNonNull(name, "name");
    tags = List.copyOf(tags);
  }
}

package dev.parzen.samples.data;

import java.util.Objects;

/**
 * The two sides of a split: the rows a model is fitted on and the rows it is scored on.
 *
 * @param train the rows to fit on
 * @param validation the held-out rows to score on
 */
public record Split(Dataset train, Dataset validation) {

  /** A split; both sides are required. */
  public Split {
    Objects.requireNonNull(train, "train");
    Objects.requireNonNull(validation, "validation");
  }
}

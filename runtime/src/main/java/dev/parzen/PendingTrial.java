package dev.parzen;

import java.time.Instant;
import java.util.Objects;

/**
 * A trial the study has suggested and not yet been told about.
 *
 * @param number the trial number
 * @param assignment the point to evaluate
 * @param seed the seed for the objective's own randomness
 * @param asked when it was suggested
 */
public record PendingTrial(int number, Assignment assignment, long seed, Instant asked) {

  /** Validates the record. */
  public PendingTrial {
    Objects.requireNonNull(assignment, "assignment");
    Objects.requireNonNull(asked, "asked");
  }
}

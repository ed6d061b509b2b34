package dev.parzen;

import dev.parzen.internal.Rngs;
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

  /**
   * Trial {@code number} of a run seeded {@code runSeed}, to evaluate {@code assignment} again: it
   * has the number and the objective seed ({@link TrialContext#seed()}) the original trial had, so
   * a rerun of one recorded trial sees what the original saw. It belongs to no study.
   *
   * @param runSeed the seed of the run that recorded the trial (its journal header has it)
   * @param number the trial number, from 0
   * @param assignment the trial's recorded parameter values
   */
  public static PendingTrial replay(long runSeed, int number, Assignment assignment) {
    return new PendingTrial(number, assignment, objectiveSeed(runSeed, number), Instant.now());
  }

  /** The seed the objective of trial {@code number} receives in a run seeded {@code runSeed}. */
  static long objectiveSeed(long runSeed, int number) {
    return Rngs.derive(runSeed, number, 1);
  }
}

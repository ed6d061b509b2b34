package dev.parzen.it;

import dev.parzen.annotations.AfterTuning;
import dev.parzen.annotations.Direction;
import dev.parzen.annotations.NoProgress;
import dev.parzen.annotations.Search;
import dev.parzen.annotations.Tune;

/**
 * Tuning methods compiled without JUnit on the class path: {@code @Tune}'s {@code @Testable}
 * meta-annotation must not be needed to compile or to read it.
 */
public class Tuning {

  /** An objective with every attribute set. */
  @Tune(
      maxEvals = 40,
      parallelism = 2,
      seed = 7,
      direction = Direction.MAXIMIZE,
      algorithm = Search.RANDOM,
      timeout = "1h30m",
      trialTimeout = "PT5M",
      threadsPerTrial = 2,
      lossThreshold = 0.99,
      earlyStop = @NoProgress(trials = 10, minRelativeImprovement = 0.01),
      maxFailureRate = 0.2)
  public double accuracy(WithDefaults params) {
    return params.subsample();
  }

  /** Runs after {@link #accuracy}. */
  @AfterTuning("accuracy")
  public void refit(WithDefaults best) {}
}

package dev.parzen.junit.internal.execution;

import dev.parzen.Trial;
import dev.parzen.TuningInfo;
import dev.parzen.TuningListener;
import dev.parzen.TuningProgress;

/**
 * Abandons a tuning whose trials mostly fail ({@code @Tune(maxFailureRate)}): once enough trials
 * have finished to judge, a failure share above the limit stops it, since the objective is more
 * likely broken than unlucky.
 */
final class FailureRateGuard implements TuningListener {

  /** Finished trials needed before the share is trusted enough to stop a run early. */
  static final int TRIALS_TO_JUDGE = 10;

  private final double maxFailureRate;
  private volatile boolean exceeded;

  FailureRateGuard(double maxFailureRate) {
    this.maxFailureRate = maxFailureRate;
  }

  @Override
  public void trialFinished(TuningInfo info, Trial<?> trial, TuningProgress progress) {
    if (progress.finished() >= TRIALS_TO_JUDGE
        && (double) progress.failed() / progress.finished() > maxFailureRate) {
      exceeded = true;
    }
  }

  /** True once the failure share went over the limit; the tuning then stops. */
  boolean exceeded() {
    return exceeded;
  }
}

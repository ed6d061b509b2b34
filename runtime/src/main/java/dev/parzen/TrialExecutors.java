package dev.parzen;

import dev.parzen.executor.SerialExecutor;
import dev.parzen.executor.ThreadExecutor;

/** The built-in local executors. */
public final class TrialExecutors {

  private TrialExecutors() {}

  /**
   * Evaluates trials one at a time on the thread that runs the tuning. Cannot stop a running trial,
   * so per-trial timeouts need {@link #threads()}.
   */
  public static TrialExecutor serial() {
    return new SerialExecutor();
  }

  /**
   * Evaluates trials on daemon threads, at most {@code floor(cores / threadsPerTrial)} at once so
   * that trials which use several cores do not oversubscribe the machine.
   */
  public static TrialExecutor threads() {
    return new ThreadExecutor(0);
  }

  /**
   * Evaluates up to {@code maxConcurrent} trials at once on daemon threads, whatever the core
   * count: for objectives that wait on I/O or a remote service.
   */
  public static TrialExecutor threads(int maxConcurrent) {
    if (maxConcurrent < 1) {
      throw new IllegalArgumentException(
          "maxConcurrent must be >= 1 (was %d)".formatted(maxConcurrent));
    }
    return new ThreadExecutor(maxConcurrent);
  }
}

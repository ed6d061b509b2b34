package dev.parzen;

import java.util.List;

/**
 * Where trials are evaluated: the calling thread, a thread pool, a Spark cluster. The tuning loop
 * keeps up to {@link #capacity} tasks in flight and suggests a new point as soon as one finishes.
 *
 * <p>Implementations must call {@link TrialTask#complete} exactly once per executed task (an
 * executor that loses a task, e.g. to a lost machine, completes it with a failure).
 */
public interface TrialExecutor extends AutoCloseable {

  /**
   * How many trials this executor evaluates at once for the requested parallelism, when each trial
   * uses {@code threadsPerTrial} cores. At least 1.
   */
  int capacity(int parallelism, int threadsPerTrial);

  /**
   * Starts evaluating {@code task}. May run it before returning (a serial executor) or
   * asynchronously.
   */
  void execute(TrialTask<?> task);

  /**
   * Asks a running task to stop: {@link TrialTask#cancel()} locally, job cancellation remotely. The
   * task may still complete; the loop ignores results it no longer waits for.
   */
  default void cancel(TrialTask<?> task) {
    task.cancel();
  }

  /**
   * Warnings about running {@code parallelism} trials of {@code threadsPerTrial} cores here, such
   * as a cluster with fewer task slots than the parallelism. Called once per run, before the first
   * trial; the findings join the result's diagnostics. Never {@code null}; empty by default.
   */
  default List<Diagnostic> diagnostics(int parallelism, int threadsPerTrial) {
    return List.of();
  }

  /** True when this executor can stop a running trial, so per-trial timeouts can be honoured. */
  default boolean canInterrupt() {
    return true;
  }

  /** A short description for reports and warnings, e.g. {@code "4 threads"}. */
  String describe();

  /** Releases threads or connections. Running trials may be abandoned. */
  @Override
  void close();
}

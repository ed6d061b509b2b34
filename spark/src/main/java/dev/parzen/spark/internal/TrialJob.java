package dev.parzen.spark.internal;

import dev.parzen.TrialOutcome;
import dev.parzen.TrialTask;
import java.time.Instant;

/**
 * The driver's view of one trial's Spark job. A result completes the trial at once; a cancelled job
 * completes it only once its task has really stopped (the listener saw the job end and every
 * started attempt end), so nothing of a finished run is still running on the cluster.
 */
final class TrialJob {

  private final TrialTask<?> task;
  private final String group;
  private final Instant submitted = Instant.now();
  private final long submittedNanos = System.nanoTime();
  private int running;
  private boolean jobEnded;
  private boolean cancelRequested;
  private TrialOutcome held;
  private volatile boolean done;

  TrialJob(TrialTask<?> task, String group) {
    this.task = task;
    this.group = group;
  }

  TrialTask<?> task() {
    return task;
  }

  String group() {
    return group;
  }

  /** True once the trial's outcome was reported. */
  boolean isDone() {
    return done;
  }

  /** The trial's task returned. */
  void succeeded(RemoteResult result) {
    complete(Outcomes.of(result, submitted, submittedNanos));
  }

  /** The trial's job failed: cancelled by us, or broken by Spark (a lost executor, a class). */
  void failed(Throwable e) {
    synchronized (this) {
      if (cancelRequested) {
        held = Outcomes.cancelled("Spark job cancelled", submitted, submittedNanos);
        releaseIfQuiet();
        return;
      }
    }
    complete(Outcomes.failed(Outcomes.jobFailure(e), submitted, submittedNanos));
  }

  /** The tuning asked to stop this trial; the caller cancels the job group. */
  synchronized void cancelRequested() {
    cancelRequested = true;
  }

  synchronized boolean isCancelRequested() {
    return cancelRequested;
  }

  synchronized void taskStarted() {
    running++;
  }

  synchronized void taskEnded() {
    running--;
    releaseIfQuiet();
  }

  synchronized void jobEnded() {
    jobEnded = true;
    releaseIfQuiet();
  }

  /** True once the job ended and no attempt of its task is running. */
  synchronized boolean settled() {
    return jobEnded && running <= 0;
  }

  /** The executor running the trial was lost: the trial fails now and is never re-run. */
  void executorLost(String executorId, String reason) {
    if (isCancelRequested()) {
      return; // being stopped anyway; the task's end releases the cancellation outcome
    }
    complete(Outcomes.failed(Outcomes.executorLost(executorId, reason), submitted, submittedNanos));
  }

  private void releaseIfQuiet() {
    if (held != null && jobEnded && running <= 0) {
      complete(held);
      held = null;
    }
  }

  private void complete(TrialOutcome outcome) {
    done = true;
    task.complete(outcome);
  }
}

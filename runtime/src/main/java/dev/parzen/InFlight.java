package dev.parzen;

import java.time.Duration;
import java.time.Instant;

/** The coordinator's bookkeeping for one running trial: deadlines and why it is being stopped. */
final class InFlight<T> {

  /** Why a running trial is being stopped. */
  enum Why {
    TIMED_OUT,
    STOPPED
  }

  private final TrialTask<T> task;
  private final Instant start;
  private final long launchedNanos;
  private final long deadline;
  private Why why;
  private long graceDeadline = Long.MAX_VALUE;
  private StopReason stoppedBecause;

  InFlight(TrialTask<T> task, Instant start, long launchedNanos, long deadline) {
    this.task = task;
    this.start = start;
    this.launchedNanos = launchedNanos;
    this.deadline = deadline;
  }

  TrialTask<T> task() {
    return task;
  }

  long deadline() {
    return deadline;
  }

  long graceDeadline() {
    return graceDeadline;
  }

  boolean cancelRequested() {
    return why != null;
  }

  void requestCancel(Why why, long graceDeadline) {
    this.why = why;
    this.graceDeadline = graceDeadline;
  }

  void stoppedBecause(StopReason reason) {
    this.stoppedBecause = reason;
  }

  /**
   * The outcome to record for what the executor reported. A trial past its deadline is TIMED_OUT
   * whatever it returned; a trial stopped by the tuning keeps a genuine loss (nothing computed is
   * thrown away) and is CANCELLED otherwise.
   */
  TrialOutcome settle(TrialOutcome reported, Duration trialTimeout) {
    if (why == Why.TIMED_OUT) {
      return new TrialOutcome.TimedOut(trialTimeout, reported.start(), reported.duration());
    }
    if (why == Why.STOPPED) {
      if (reported instanceof TrialOutcome.Completed c && !c.loss().isFailure()) {
        return reported;
      }
      return new TrialOutcome.Stopped(
          TrialStatus.CANCELLED, reason(), reported.start(), reported.duration());
    }
    return reported;
  }

  /** The outcome to record for a trial that did not stop within the grace period. */
  TrialOutcome abandon(Duration trialTimeout, StopReason stop) {
    Duration ran = Duration.ofNanos(System.nanoTime() - launchedNanos);
    if (why == Why.TIMED_OUT) {
      return new TrialOutcome.TimedOut(trialTimeout, start, ran);
    }
    return new TrialOutcome.Stopped(
        TrialStatus.CANCELLED, reason() + "; abandoned: it ignored the interrupt", start, ran);
  }

  private String reason() {
    StopReason r = stoppedBecause;
    return r == null ? "cancelled" : "stopped by the tuning (" + r.description() + ")";
  }
}

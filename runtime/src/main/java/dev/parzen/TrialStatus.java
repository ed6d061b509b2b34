package dev.parzen;

/** Where a trial stands. Only {@link #OK} trials can be best. */
public enum TrialStatus {
  /** The objective returned a finite loss. */
  OK,
  /** The objective threw, returned NaN or an infinite value, or returned {@link Loss#fail}. */
  FAILED,
  /** The objective ran past its per-trial timeout and was interrupted or abandoned. */
  TIMED_OUT,
  /** Suggested and still being evaluated. */
  RUNNING,
  /** Stopped by the tuning itself (run timeout, early stop, cancellation) before it finished. */
  CANCELLED,
  /** Cut short by a JVM shutdown (Ctrl-C); it is evaluated again when the tuning resumes. */
  INTERRUPTED;

  /** True for trials that finished and count towards {@code maxEvals}: OK, FAILED, TIMED_OUT. */
  public boolean finished() {
    return this == OK || this == FAILED || this == TIMED_OUT;
  }
}

package dev.parzen.junit.internal.config;

/** How a failed or timed-out trial is reported to JUnit: the {@code parzen.trialFailure} values. */
public enum TrialFailureMode {
  /** As an aborted test: failures are data the search learns from. */
  ABORT,
  /** As a failed test. */
  FAIL
}

package dev.parzen.junit.internal.execution;

import dev.parzen.TrialError;
import dev.parzen.TrialStatus;
import dev.parzen.junit.ParzenConstants;
import dev.parzen.junit.TrialAbortedException;
import dev.parzen.junit.TrialFailedException;
import dev.parzen.junit.internal.config.TrialFailureMode;
import dev.parzen.junit.internal.descriptor.TrialDescriptor;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * Turns a trial's report into its test's result: a report entry, then success, an aborted test or a
 * failed one, following {@code parzen.trialFailure}.
 */
final class TrialVerdicts {

  private final ParzenExecutionContext context;
  private final IntFunction<Optional<Throwable>> failures;

  /**
   * Verdicts in {@code context}.
   *
   * @param failures the exception a trial threw, by trial number, when it threw one here
   */
  TrialVerdicts(ParzenExecutionContext context, IntFunction<Optional<Throwable>> failures) {
    this.context = context;
    this.failures = failures;
  }

  /** Publishes the trial's entry and ends its test as the trial ended. */
  void report(TrialDescriptor test, TrialReport report) {
    context.publish(test, report.entry());
    Optional<Throwable> thrown = failures.apply(report.number());
    if (report.status() == TrialStatus.OK) {
      return;
    }
    TrialError error = report.error().orElse(new TrialError(report.status().name(), "", ""));
    if (!report.status().finished()) {
      throw new TrialAbortedException(
          "trial #%d was stopped before it finished: %s"
              .formatted(report.number(), error.message()),
          null);
    }
    String what = report.status() == TrialStatus.TIMED_OUT ? "timed out" : "failed";
    String message = "trial #%d %s: %s".formatted(report.number(), what, error.summary());
    Throwable cause = thrown.orElseGet(() -> remoteCause(error));
    if (context.configuration().trialFailure() == TrialFailureMode.FAIL) {
      throw new TrialFailedException(message, cause);
    }
    throw new TrialAbortedException(
        message
            + " (failed trials are data: the search goes on; set %s=fail to fail their tests)"
                .formatted(ParzenConstants.TRIAL_FAILURE),
        cause);
  }

  /** Forgets what trial {@code number} threw when its test is not reported. */
  void forget(int number) {
    failures.apply(number);
  }

  /**
   * A cause carrying the recorded stack trace of an exception thrown elsewhere (a remote worker).
   */
  private static Throwable remoteCause(TrialError error) {
    if (error.stackTrace().isEmpty()) {
      return null;
    }
    return new TrialFailedException(error.stackTrace().stripTrailing(), null);
  }
}

package dev.parzen.spark.internal;

import dev.parzen.Loss;
import dev.parzen.TrialError;
import dev.parzen.TrialOutcome;
import dev.parzen.TrialStatus;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;

/** Turns what Spark reports about a trial's job into the outcome the tuning loop records. */
final class Outcomes {

  /** The error type of a trial whose executor was lost. */
  static final String EXECUTOR_LOST = "executor lost";

  /** The attachment naming the executor that evaluated a trial. */
  static final String EXECUTOR_ATTACHMENT = "spark.executor";

  private static final String NOT_RERUN =
      "; Parzen never runs an objective twice for one trial, so the trial failed";

  private Outcomes() {}

  /** The outcome for a result the trial's task returned. */
  static TrialOutcome of(RemoteResult r, Instant submitted, long submittedNanos) {
    return switch (r.kind()) {
      case COMPLETED -> {
        Loss loss = r.loss();
        if (!loss.attachments().containsKey(EXECUTOR_ATTACHMENT)) {
          loss = loss.withAttachment(EXECUTOR_ATTACHMENT, r.executor());
        }
        yield new TrialOutcome.Completed(loss, r.start(), r.duration());
      }
      case FAILED -> new TrialOutcome.Failed(r.error(), r.start(), r.duration());
      case NOT_RERUN ->
          failed(
              new TrialError(
                  EXECUTOR_LOST,
                  "the trial's task was started again on executor %s (%s) after its first attempt was lost%s"
                      .formatted(r.executor(), r.errorMessage(), NOT_RERUN),
                  ""),
              submitted,
              submittedNanos);
    };
  }

  /** The error for a trial whose executor was lost while running it. */
  static TrialError executorLost(String executorId, String reason) {
    return new TrialError(
        EXECUTOR_LOST,
        "executor %s was lost while running the trial (%s)%s"
            .formatted(executorId, reason, NOT_RERUN),
        "");
  }

  /** The error for a trial whose Spark job failed without a result from the objective. */
  static TrialError jobFailure(Throwable e) {
    String message = String.valueOf(e.getMessage());
    int lost = message.indexOf("ExecutorLostFailure");
    if (lost >= 0) {
      String detail = message.substring(lost + "ExecutorLostFailure".length()).trim();
      int end = detail.indexOf('\n');
      detail = end < 0 ? detail : detail.substring(0, end);
      return new TrialError(EXECUTOR_LOST, detail + NOT_RERUN, stack(e));
    }
    if (message.contains("ClassNotFoundException") || message.contains("NoClassDefFoundError")) {
      message +=
          "\nThe executors cannot load a class of the tuning: ship the class path with"
              + " parzen.spark.classpath (auto, extraClassPath or jars) or spark.jars.";
    }
    return new TrialError(e.getClass().getName(), message, stack(e));
  }

  static TrialOutcome failed(TrialError error, Instant submitted, long submittedNanos) {
    return new TrialOutcome.Failed(error, submitted, since(submittedNanos));
  }

  static TrialOutcome cancelled(String reason, Instant submitted, long submittedNanos) {
    return new TrialOutcome.Stopped(
        TrialStatus.CANCELLED, reason, submitted, since(submittedNanos));
  }

  private static Duration since(long nanos) {
    return Duration.ofNanos(System.nanoTime() - nanos);
  }

  private static String stack(Throwable e) {
    StringWriter w = new StringWriter();
    e.printStackTrace(new PrintWriter(w));
    return w.toString();
  }
}

package dev.parzen.spark.internal;

import dev.parzen.Loss;
import dev.parzen.TrialError;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How a trial went on an executor, in plain values only, so that it deserialises on any driver: a
 * user's exception object might not.
 *
 * @param kind what happened
 * @param value the loss value; NaN unless completed
 * @param variance the loss variance; NaN when unknown
 * @param failure the reason of a {@code Loss.fail}, or {@code null}
 * @param attachments the loss's attachments
 * @param errorType the thrown exception's class name, or {@code null}
 * @param errorMessage the thrown exception's message, or {@code null}
 * @param errorStack the thrown exception's printed stack trace, or {@code null}
 * @param startMillis when the evaluation started, epoch milliseconds
 * @param nanos how long it ran
 * @param executor where it ran: the executor id and host
 */
public record RemoteResult(
    Kind kind,
    double value,
    double variance,
    String failure,
    LinkedHashMap<String, String> attachments,
    String errorType,
    String errorMessage,
    String errorStack,
    long startMillis,
    long nanos,
    String executor)
    implements Serializable {

  /** What happened on the executor. */
  public enum Kind {
    /** The objective returned a loss (possibly a failure loss). */
    COMPLETED,
    /** The objective, or finding it, threw. */
    FAILED,
    /** A retried task attempt, which never re-runs the objective. */
    NOT_RERUN
  }

  static RemoteResult completed(Loss loss, Instant start, long nanos, String executor) {
    LinkedHashMap<String, String> attachments = new LinkedHashMap<>(loss.attachments());
    String failure = loss.failureReason().filter(r -> Double.isNaN(loss.value())).orElse(null);
    return new RemoteResult(
        Kind.COMPLETED,
        loss.value(),
        loss.variance(),
        failure,
        attachments,
        null,
        null,
        null,
        start.toEpochMilli(),
        nanos,
        executor);
  }

  static RemoteResult failed(TrialError error, Instant start, long nanos, String executor) {
    return new RemoteResult(
        Kind.FAILED,
        Double.NaN,
        Double.NaN,
        null,
        new LinkedHashMap<>(),
        error.type(),
        error.message(),
        error.stackTrace(),
        start.toEpochMilli(),
        nanos,
        executor);
  }

  static RemoteResult notRerun(int attempt, String executor) {
    return new RemoteResult(
        Kind.NOT_RERUN,
        Double.NaN,
        Double.NaN,
        null,
        new LinkedHashMap<>(),
        null,
        "attempt " + attempt,
        null,
        System.currentTimeMillis(),
        0,
        executor);
  }

  /** When the evaluation started. */
  public Instant start() {
    return Instant.ofEpochMilli(startMillis);
  }

  /** How long it ran. */
  public Duration duration() {
    return Duration.ofNanos(nanos);
  }

  /** The loss the objective reported; only for {@link Kind#COMPLETED}. */
  public Loss loss() {
    Loss loss;
    if (failure != null) {
      loss = Loss.fail(failure);
    } else if (Double.isNaN(variance) || variance < 0) {
      loss = Loss.of(value);
    } else {
      loss = Loss.of(value, variance);
    }
    for (Map.Entry<String, String> e : attachments.entrySet()) {
      loss = loss.withAttachment(e.getKey(), e.getValue());
    }
    return loss;
  }

  /** The error; only for {@link Kind#FAILED}. */
  public TrialError error() {
    return new TrialError(errorType, errorMessage, errorStack);
  }
}

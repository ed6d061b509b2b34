package dev.parzen;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One evaluation of the objective: its number, parameters, status, loss and timing. Immutable.
 *
 * @param <T> the parameter type
 */
public final class Trial<T> {

  private final int number;
  private final TrialStatus status;
  private final Assignment assignment;
  private final T params;
  private final double loss;
  private final double variance;
  private final Instant start;
  private final Duration duration;
  private final TrialError error;
  private final Map<String, String> attachments;

  /**
   * A trial record.
   *
   * @param number the trial number, from 0, unique within a tuning
   * @param status the status
   * @param assignment the parameter values
   * @param params the decoded parameters; {@code null} only when decoding itself failed
   * @param loss the loss in the objective's own direction; NaN unless OK
   * @param variance the loss variance; NaN when unknown
   * @param start when evaluation started
   * @param duration how long it ran
   * @param error why it did not succeed; {@code null} for OK trials
   * @param attachments attachments reported with the loss
   */
  public Trial(
      int number,
      TrialStatus status,
      Assignment assignment,
      T params,
      double loss,
      double variance,
      Instant start,
      Duration duration,
      TrialError error,
      Map<String, String> attachments) {
    this.number = number;
    this.status = Objects.requireNonNull(status, "status");
    this.assignment = Objects.requireNonNull(assignment, "assignment");
    this.params = params;
    this.loss = loss;
    this.variance = variance;
    this.start = Objects.requireNonNull(start, "start");
    this.duration = Objects.requireNonNull(duration, "duration");
    this.error = error;
    this.attachments = Map.copyOf(attachments);
  }

  /**
   * The record of {@code pending} ending with {@code outcome}, exactly as a {@link Study} records
   * it: a failure loss or a non-finite value makes it FAILED, a timeout TIMED_OUT, and so on.
   * {@code space} decodes the parameters ({@code null} params when that fails).
   */
  public static <T> Trial<T> of(PendingTrial pending, TrialOutcome outcome, Space<T> space) {
    return TrialRecords.of(pending, outcome, space);
  }

  /** The trial number: 0 for the first trial of a tuning, counting resumed trials. */
  public int number() {
    return number;
  }

  /** The status. */
  public TrialStatus status() {
    return status;
  }

  /** True when the objective returned a finite loss. */
  public boolean isOk() {
    return status == TrialStatus.OK;
  }

  /** The parameter values, by label. */
  public Assignment assignment() {
    return assignment;
  }

  /** The typed parameters the objective received; {@code null} only if decoding failed. */
  public T params() {
    return params;
  }

  /** The loss as the objective reported it (not negated for maximisation); NaN unless OK. */
  public double loss() {
    return loss;
  }

  /** The reported variance of the loss; NaN when unknown. */
  public double variance() {
    return variance;
  }

  /** When evaluation started. */
  public Instant start() {
    return start;
  }

  /** How long the evaluation ran (until the timeout for abandoned trials). */
  public Duration duration() {
    return duration;
  }

  /** Why the trial did not succeed. */
  public Optional<TrialError> error() {
    return Optional.ofNullable(error);
  }

  /** Attachments reported with the loss. */
  public Map<String, String> attachments() {
    return attachments;
  }

  /** {@code #7 OK 0.213 {maxDepth=4, eta=0.031}}. */
  @Override
  public String toString() {
    String outcome = isOk() ? String.valueOf(loss) : error().map(TrialError::summary).orElse("");
    return "#" + number + " " + status + " " + outcome + " " + assignment;
  }
}

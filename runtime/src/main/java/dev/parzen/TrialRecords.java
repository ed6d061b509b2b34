package dev.parzen;

import java.util.Map;

/** Turns an evaluation outcome into the immutable trial record. */
final class TrialRecords {

  private TrialRecords() {}

  static <T> Trial<T> of(PendingTrial p, TrialOutcome outcome, Space<T> space) {
    T params = decodeQuietly(space, p.assignment());
    if (outcome instanceof TrialOutcome.Completed c) {
      Loss loss = c.loss();
      if (loss.isFailure()) {
        TrialError error = TrialError.reported(loss.failureReason().orElse("failed"));
        return trial(p, TrialStatus.FAILED, params, Double.NaN, Double.NaN, outcome, error, loss);
      }
      return trial(p, TrialStatus.OK, params, loss.value(), loss.variance(), outcome, null, loss);
    }
    if (outcome instanceof TrialOutcome.Failed f) {
      return trial(p, TrialStatus.FAILED, params, Double.NaN, Double.NaN, outcome, f.error(), null);
    }
    if (outcome instanceof TrialOutcome.TimedOut t) {
      TrialError error =
          new TrialError(
              "TrialTimeout",
              "still running after the per-trial timeout of " + Durations.format(t.limit()),
              "");
      return trial(p, TrialStatus.TIMED_OUT, params, Double.NaN, Double.NaN, outcome, error, null);
    }
    TrialOutcome.Stopped s = (TrialOutcome.Stopped) outcome;
    TrialError error = new TrialError("Stopped", s.reason(), "");
    return trial(p, s.status(), params, Double.NaN, Double.NaN, outcome, error, null);
  }

  private static <T> Trial<T> trial(
      PendingTrial p,
      TrialStatus status,
      T params,
      double loss,
      double variance,
      TrialOutcome outcome,
      TrialError error,
      Loss reported) {
    Map<String, String> attachments = reported == null ? Map.of() : reported.attachments();
    return new Trial<>(
        p.number(),
        status,
        p.assignment(),
        params,
        loss,
        variance,
        outcome.start(),
        outcome.duration(),
        error,
        attachments);
  }

  private static <T> T decodeQuietly(Space<T> space, Assignment a) {
    try {
      return space.decode(a);
    } catch (RuntimeException e) {
      // The evaluation already reported this failure; the record keeps the raw assignment.
      return null;
    }
  }
}

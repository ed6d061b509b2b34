package dev.parzen;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** How one evaluation ended, as an executor reports it. The study turns it into a {@link Trial}. */
public sealed interface TrialOutcome {

  /** When the evaluation started. */
  Instant start();

  /** How long it ran. */
  Duration duration();

  /** The objective returned (a failure {@link Loss} still makes a FAILED trial). */
  record Completed(Loss loss, Instant start, Duration duration) implements TrialOutcome {
    /** Validates the record. */
    public Completed {
      Objects.requireNonNull(loss, "loss");
      Objects.requireNonNull(start, "start");
      Objects.requireNonNull(duration, "duration");
    }
  }

  /** The objective (or decoding its parameters) threw. */
  record Failed(TrialError error, Instant start, Duration duration) implements TrialOutcome {
    /** Validates the record. */
    public Failed {
      Objects.requireNonNull(error, "error");
      Objects.requireNonNull(start, "start");
      Objects.requireNonNull(duration, "duration");
    }
  }

  /** The evaluation ran past its per-trial timeout. */
  record TimedOut(Duration limit, Instant start, Duration duration) implements TrialOutcome {
    /** Validates the record. */
    public TimedOut {
      Objects.requireNonNull(limit, "limit");
      Objects.requireNonNull(start, "start");
      Objects.requireNonNull(duration, "duration");
    }
  }

  /** The tuning stopped the evaluation (run timeout, early stop, cancellation, shutdown). */
  record Stopped(TrialStatus status, String reason, Instant start, Duration duration)
      implements TrialOutcome {
    /** Validates the record: the status is CANCELLED or INTERRUPTED. */
    public Stopped {
      if (status != TrialStatus.CANCELLED && status != TrialStatus.INTERRUPTED) {
        throw new IllegalArgumentException("a stopped trial is CANCELLED or INTERRUPTED");
      }
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(start, "start");
      Objects.requireNonNull(duration, "duration");
    }
  }
}

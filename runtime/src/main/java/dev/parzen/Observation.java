package dev.parzen;

import java.util.Objects;

/**
 * What an {@link Algorithm} knows of one trial: its parameters and how it went, with the loss
 * oriented for minimisation (negated for maximised objectives).
 *
 * @param number the trial number
 * @param assignment the parameter values
 * @param status {@link TrialStatus#OK}, {@link TrialStatus#FAILED}, {@link TrialStatus#TIMED_OUT}
 *     (bad points) or {@link TrialStatus#RUNNING} (pending: suggested, not yet finished)
 * @param loss the loss to minimise; NaN unless OK
 */
public record Observation(int number, Assignment assignment, TrialStatus status, double loss) {

  /** Validates the record. */
  public Observation {
    Objects.requireNonNull(assignment, "assignment");
    Objects.requireNonNull(status, "status");
  }

  /** True when the trial finished with a loss. */
  public boolean ok() {
    return status == TrialStatus.OK;
  }

  /** True when the trial is still being evaluated. */
  public boolean pending() {
    return status == TrialStatus.RUNNING;
  }
}

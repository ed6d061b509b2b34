package dev.parzen;

import java.util.Objects;
import java.util.Optional;

/**
 * A finding about a finished tuning, in words a user can act on: {@code "lr: the best values press
 * against max = 0.1; widen it (e.g. to 1.0)"}.
 *
 * @param kind what sort of finding it is
 * @param parameter the parameter it is about, or {@code null} for the whole tuning
 * @param message the finding and the suggested action
 */
public record Diagnostic(Kind kind, String parameter, String message) {

  /** What a diagnostic is about. */
  public enum Kind {
    /** The best trials sit at a bound of a numeric parameter: widen the range. */
    BOUND_PRESSING,
    /** A parameter's value is associated with slow trials. */
    SLOW_REGION,
    /** A parameter's value or range is associated with failures. */
    FAILURE_REGION,
    /** The best loss was still improving at the end: more trials may pay off. */
    STILL_IMPROVING,
    /** The parallelism is too high for the budget or the number of parameters. */
    PARALLELISM,
    /** How maxEvals was chosen, or why it looks too small. */
    MAX_EVALS,
    /** Several trials are indistinguishable from the best within their reported variance. */
    TIED_BEST
  }

  /** Validates the record. */
  public Diagnostic {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(message, "message");
  }

  /** The parameter, when the finding is about one. */
  public Optional<String> parameterLabel() {
    return Optional.ofNullable(parameter);
  }

  @Override
  public String toString() {
    return message;
  }
}

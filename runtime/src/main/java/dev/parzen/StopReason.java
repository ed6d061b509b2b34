package dev.parzen;

/** Why a tuning stopped proposing trials. */
public enum StopReason {
  /** It evaluated {@code maxEvals} trials. */
  MAX_EVALS("reached maxEvals"),
  /** The run timeout passed. */
  TIMEOUT("run timeout"),
  /** A trial reached the loss threshold. */
  LOSS_THRESHOLD("loss threshold reached"),
  /** The early-stop rule fired: no progress for too long. */
  EARLY_STOP("early stop: no progress"),
  /** More trials failed than {@code maxFailureRate} allows: the objective is likely broken. */
  FAILURE_RATE("too many failed trials"),
  /** The tuning was cancelled: interrupted, or the test run was cancelled. */
  CANCELLED("cancelled");

  private final String description;

  StopReason(String description) {
    this.description = description;
  }

  /** A few words for reports: {@code "early stop: no progress"}. */
  public String description() {
    return description;
  }
}

package dev.parzen.junit;

/**
 * A trial failed: reported as the failure of the trial's test when {@code
 * parzen.trialFailure=fail}, with the objective's exception as the cause when there was one.
 */
public final class TrialFailedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * The exception with {@code message}.
   *
   * @param message what failed, e.g. {@code trial #7 failed: IllegalStateException: diverged}
   * @param cause the objective's exception; {@code null} when the trial failed without one (a
   *     {@code Loss.fail}, a NaN loss, a timeout)
   */
  public TrialFailedException(String message, Throwable cause) {
    super(message, cause);
  }
}
